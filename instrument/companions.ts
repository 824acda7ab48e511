// The files beside a module that name its functions and lines, found the same way wherever a module
// is instrumented from a file (node/register.ts, the bundler plugin's bundler/wasm-file.ts):
//
//   <module>.wasm → <module>.js.symbols, <module>.wasm.symbols, <glue>.js.symbols
//                   (emcc --emit-symbol-map: index:name lines)
//                 → <module>.wasm.map, when the module names no source map of its own
//
// A separate DWARF file needs no looking for: the module's `external_debug_info` section names it,
// relative to the module's folder (resolve.ts, through `readBinaryFile`). No Node built-ins: the
// caller reads the files.
import { parseSymbolMap } from './symbol-map';
import { customSection, readSections } from './wasm/module';

export interface Companions {
  /** The symbol map's text, and the file it came from. */
  symbols?: string;
  symbolsFile?: string;
  /** The source map's path, when the module does not name one (`sourceMappingURL`). */
  sourceMap?: string;
}

/** The symbol maps a module's file (and its glue script, when known) may have beside it, in order. */
export function symbolMapCandidates(path: string | undefined, script?: string | null): string[] {
  const out: string[] = [];
  if (path) out.push(path.replace(/\.wasm$/, '.js.symbols'), `${path}.symbols`);
  if (script) out.push(`${script}.symbols`);
  return out;
}

/**
 * The glue scripts a module's file may have beside it, in order, for a caller that does not see the
 * script compiling it (the bundler plugin): Emscripten's `app.js` (`.mjs`, `.cjs`) for `app.wasm`,
 * wasm-bindgen's `pkg.js` for `pkg_bg.wasm`.
 */
export function glueCandidates(path: string): string[] {
  if (!path.endsWith('.wasm')) return [];
  const stem = path.slice(0, -'.wasm'.length);
  const out = ['.js', '.mjs', '.cjs'].map((ext) => stem + ext);
  if (stem.endsWith('_bg')) out.push(`${stem.slice(0, -'_bg'.length)}.js`);
  return out;
}

/** Whether a text is an Emscripten symbol map (`index:name` lines). */
export function isSymbolMap(text: string): boolean {
  return parseSymbolMap(text) !== null;
}

function namesSourceMap(bytes: Uint8Array): boolean {
  try {
    return customSection(bytes, readSections(bytes), 'sourceMappingURL') !== null;
  } catch {
    return false;
  }
}

/** How the caller reads files: `readText` returns undefined for a file that is not there. */
export interface CompanionFiles {
  readText: (file: string) => string | undefined;
  /** Whether a file is there (the source map is only named here, not read: it can be large). */
  isFile: (file: string) => boolean;
}

/**
 * What lies beside the module at `path`: `want` says which to look for (what the caller was not
 * given already).
 */
export function findCompanions(bytes: Uint8Array, path: string | undefined, script: string | null | undefined,
  { readText, isFile }: CompanionFiles, want: { symbols?: boolean; sourceMap?: boolean } = {}): Companions {
  const found: Companions = {};
  if (want.symbols !== false) {
    for (const file of symbolMapCandidates(path, script)) {
      const text = readText(file);
      if (text !== undefined && isSymbolMap(text)) {
        found.symbols = text;
        found.symbolsFile = file;
        break;
      }
    }
  }
  if (want.sourceMap !== false && path && isFile(`${path}.map`) && !namesSourceMap(bytes)) found.sourceMap = `${path}.map`;
  return found;
}
