// Vite's own wasm helper: `?init` gives `init(imports)`, which fetches and instantiates the module.
import init from './pkg/rust_fixture_bg.wasm?init';
import { runDirect } from './direct.js';

await runDirect(init);
