// The JS side the Rust crate imports (wasm-bindgen puts such modules under snippets/): the
// program's output, and its checkpoints, where the app looks at memory when a tracer is present.
export const output = [];
const listeners = [];

export function print(text) {
  output.push(text);
}

export function checkpoint(n) {
  for (const listener of listeners) listener(n);
}

export function onCheckpoint(listener) {
  listeners.push(listener);
}
