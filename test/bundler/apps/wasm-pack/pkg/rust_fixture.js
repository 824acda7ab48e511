// The shape `wasm-pack build --target web` emits (its *.js): a default export `init(module_or_path)`
// that, given nothing, fetches `new URL('…_bg.wasm', import.meta.url)` and instantiates it with
// `WebAssembly.instantiateStreaming`, falling back to `instantiate` on a wrong MIME type; imports
// come from a snippet module; exports are wrapped functions.
import { checkpoint, print } from '../host.js';

let wasm;
const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });

function __wbg_get_imports() {
  return {
    env: {
      print: (ptr, len) => print(decoder.decode(new Uint8Array(wasm.memory.buffer, ptr >>> 0, len >>> 0))),
      checkpoint: (n) => checkpoint(n),
    },
  };
}

async function __wbg_load(module, imports) {
  if (typeof Response === 'function' && module instanceof Response) {
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      try {
        return await WebAssembly.instantiateStreaming(module, imports);
      } catch (e) {
        if (module.headers.get('Content-Type') !== 'application/wasm') {
          console.warn('`WebAssembly.instantiateStreaming` failed because your server does not serve wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n', e);
        } else {
          throw e;
        }
      }
    }
    const bytes = await module.arrayBuffer();
    return await WebAssembly.instantiate(bytes, imports);
  }
  const instance = await WebAssembly.instantiate(module, imports);
  return instance instanceof WebAssembly.Instance ? { instance, module } : instance;
}

/** Runs the program: its output goes to host.js, its checkpoints to host.js's listeners. */
export function run() {
  wasm.run();
}

export default async function __wbg_init(module_or_path) {
  if (wasm !== undefined) return wasm;
  if (module_or_path === undefined) module_or_path = new URL('rust_fixture_bg.wasm', import.meta.url);
  if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || module_or_path instanceof URL) {
    module_or_path = fetch(module_or_path);
  }
  const { instance } = await __wbg_load(await module_or_path, __wbg_get_imports());
  wasm = instance.exports;
  return wasm;
}
