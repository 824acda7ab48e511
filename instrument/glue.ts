// What a module's JS glue says its minified exports are. Emscripten's glue binds every export
// it uses to its C name, in one of a few spellings, minified or not:
//
//   _malloc = wasmExports["M"]                       (3.1.5x+, unminified)
//   ha = k._malloc = c.La                            (closure-minified: Module._malloc = exports.La)
//   Module["_malloc"] = wasmExports["s"]             (quoted)
//   (_malloc = Module["_malloc"] = Module["asm"]["s"]).apply(null, arguments)   (2.x lazy wrappers)
//
// Each binding `_NAME = …obj.KEY` (or `["KEY"]`) gives export KEY the C name NAME. Only keys the
// module really exports are kept (the glue of another module, or `Module._malloc = …` chains
// that end on a non-export, say nothing). `allocatorNamesFromGlue` is the entry point: instrument()
// takes its result through `options.glue` (the JS text), and Node's register passes the text of
// the JS file that compiled the bytes (docs/hook-abi.md is unaffected: names only).

/**
 * Export name → the C names the glue binds it to (without Emscripten's leading underscore). A
 * file may hold several builds (libsodium.js: two), so a key can carry more than one name, and a
 * name more than one key: the caller keeps only what the module's signatures confirm.
 */
export function exportNamesFromGlue(glue: string, exportNames: ReadonlySet<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (typeof glue !== 'string' || glue.length === 0) return out;
  // `_NAME` (bare, as a property, or quoted) = optional chain of assignments = obj.KEY / obj["KEY"]
  const binding = /(?:^|[^\w$])(?:[\w$]+\s*\.\s*|[\w$]+\s*\[\s*["'])?_([A-Za-z_][\w$]*)["']?\s*\]?\s*=\s*((?:[\w$.]+(?:\[\s*["'][\w$]+["']\s*\])*\s*=\s*)*)([\w$]+(?:\s*\.\s*[\w$]+|\[\s*["'][\w$]+["']\s*\])*)/g;
  for (const m of glue.matchAll(binding)) {
    const cName = m[1]!;
    const key = lastKey(m[3]!);
    if (key === null || !exportNames.has(key)) continue;
    if (key === cName || key === `_${cName}`) continue; // already named so
    let names = out.get(key);
    if (!names) out.set(key, (names = new Set()));
    names.add(cName);
  }
  return out;
}

function lastKey(expr: string): string | null {
  const quoted = /\[\s*["']([\w$]+)["']\s*\]\s*$/.exec(expr);
  if (quoted) return quoted[1]!;
  const dotted = /\.\s*([\w$]+)\s*$/.exec(expr);
  return dotted ? dotted[1]! : null;
}

/**
 * The script that is compiling a module, from a stack captured inside WebAssembly's entry points
 * (Node's register does this): the first frame in a .js/.mjs/.cjs file that is neither Node's
 * own nor `isOwn` (the tracer's files). Its text is the module's glue, or the file that embeds
 * the module as base64. Pure string work, so the robust/node code can call it with any stack.
 */
export function scriptFromStack(stack: string | undefined, isOwn: (file: string) => boolean): string | null {
  if (!stack) return null;
  for (const line of stack.split('\n')) {
    const m = /\(?((?:file:\/\/)?\/[^():]*\.[cm]?js):\d+:\d+\)?\s*$/.exec(line.trim());
    if (!m) continue;
    const file = m[1]!.startsWith('file://') ? decodeURIComponent(m[1]!.slice('file://'.length)) : m[1]!;
    if (!isOwn(file)) return file;
  }
  return null;
}

/** Options that name files (the CLI's --glue, --symbols, --debug-file) → their contents. */
export interface FileOptions {
  glueFile?: string;
  symbolsFile?: string;
  debugFile?: string;
}

/**
 * Replaces `glueFile`/`symbolsFile`/`debugFile` (paths, as the CLI passes them through
 * WASM_TRACEMALLOC_INSTRUMENT) by `glue`/`symbols`/`debugFile` (contents) for instrument().
 */
export function readFileOptions(options: Record<string, unknown>, readText: (path: string) => string, readBinary: (path: string) => Uint8Array): Record<string, unknown> {
  const out = { ...options };
  if (typeof options.glueFile === 'string') { out.glue = readText(options.glueFile); delete out.glueFile; }
  if (typeof options.symbolsFile === 'string') { out.symbols = readText(options.symbolsFile); delete out.symbolsFile; }
  if (typeof options.debugFile === 'string') out.debugFile = readBinary(options.debugFile);
  return out;
}
