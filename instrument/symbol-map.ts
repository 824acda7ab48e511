// Emscripten's symbol map (`emcc --emit-symbol-map`: `index:name` lines). A module of its own,
// without the demangler: register's cache hit asks companions.ts whether a file beside the module
// is a symbol map, and must not load the instrumenter's name machinery for that.

/** `index:name` lines → index → name; null when the text has none (not a symbol map). */
export function parseSymbolMap(text: string): Map<number, string> | null {
  if (typeof text !== 'string') return null;
  const out = new Map<number, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d+):(.+)$/.exec(line);
    if (m) out.set(Number(m[1]), m[2]!);
  }
  return out.size ? out : null;
}
