// A module in public/, served and copied as is by Vite, fetched by its URL.
import { runDirect } from './direct.js';

await runDirect(async (imports) => (await WebAssembly.instantiateStreaming(fetch('/rust_public.wasm'), imports)).instance);
