// Modules embedded in JavaScript as base64 (Emscripten's -sSINGLE_FILE, glue that inlines its
// .wasm as a data: URL or a string, wasm-bindgen wrappers that do the same): no .wasm file leaves
// the bundler for them, so they are instrumented where the script passes through `transform`.
// Each base64 run that decodes to a wasm module (it starts `AGFzbQ`, "\0asm") is decoded,
// instrumented by the same code as a .wasm file (wasm-file.ts: the log names the script) and
// written back in base64 (inject.ts's applyEdits keeps the columns after it mapped).

/** Base64 runs that are wasm modules (magic and version 1), with their offsets in `code`. */
export function embeddedModules(code: string): { start: number; end: number; bytes: Uint8Array }[] {
  const found: { start: number; end: number; bytes: Uint8Array }[] = [];
  if (!code.includes('AGFzbQ')) return found;
  for (const m of code.matchAll(/AGFzbQ[A-Za-z0-9+/]{10,}={0,2}/g)) {
    const text = m[0];
    if (text.length % 4 !== 0) continue;
    const bytes = fromBase64(text);
    if (bytes.length < 8 || bytes[4] !== 1 || bytes[5] !== 0 || bytes[6] !== 0 || bytes[7] !== 0) continue;
    found.push({ start: m.index, end: m.index + text.length, bytes });
  }
  return found;
}

export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
