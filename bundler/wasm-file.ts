// Instruments one .wasm for the page, at build/dev time, in Node: its DWARF or source map is
// resolved here (the map is read from disk next to the module, as the CLI does), and the site table
// travels in the output. Every module is reported once, traced (how many sites) or not (why):
// never silent. Outputs are cached by content, so a dev server re-serving a file costs nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { instrument } from '../instrument/index';
import { hasSitesSection } from '../runtime/tracer/site-table';

export interface WasmReport {
  /** how the module reads in the log: a path relative to the project, or the asset's name */
  name: string;
  traced: boolean;
  /** one line: "12 allocation sites, source lines from DWARF" or why not */
  detail: string;
}

const cache = new Map<string, { bytes: Uint8Array; report: WasmReport }>();

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The bytes to serve for `bytes` (read from `path` when known, for its source map's folder).
 * A module that cannot be instrumented is served as it was and reported, never an error: the app
 * must run the same with the plugin on.
 */
export function instrumentWasm(bytes: Uint8Array, path: string | undefined, root: string, log: (line: string) => void): Uint8Array {
  if (hasSitesSection(bytes)) return bytes; // instrumented already (by the user, or by an earlier hook)
  const key = createHash('sha1').update(bytes).update(path ?? '').digest('hex');
  const hit = cache.get(key);
  if (hit) return hit.bytes;
  const name = path ? relative(root, path) || path : `a module of ${bytes.length} bytes`;
  let out = bytes;
  let report: WasmReport;
  try {
    const result = instrument(bytes, {
      allowNoAllocator: true,
      // frames read relative to the project, as a developer types them
      sourceMapBaseDir: path ? relative(root, dirname(path)) || '.' : '.',
      readFile: (file) => readText(resolve(root, file)),
    });
    if (result.profile === 'none') {
      report = { name, traced: false, detail: 'no allocator found (stripped or minified?): its allocations are not traced' };
    } else {
      out = result.bytes;
      report = { name, traced: true, detail: `${result.stats.allocSites} allocation sites, ${result.profile}` };
    }
  } catch (e) {
    report = { name, traced: false, detail: `not instrumented: ${(e as Error).message}` };
  }
  log(`wasm-tracemalloc: ${report.name}: ${report.traced ? 'traced' : 'untraced'}, ${report.detail}`);
  cache.set(key, { bytes: out, report });
  return out;
}

/**
 * The .wasm files under an output folder that no bundler asset stood for (Vite's public/ folder,
 * plugins that copy files themselves), instrumented in place. `origin` names a file's source, when
 * known, for its source map.
 */
export function instrumentOutputDir(dir: string, root: string, origin: (relativePath: string) => string | undefined, log: (line: string) => void): void {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }) as string[];
  } catch {
    return; // nothing written there
  }
  for (const rel of entries) {
    if (!rel.endsWith('.wasm')) continue;
    const file = join(dir, rel);
    const bytes = new Uint8Array(readFileSync(file));
    const out = instrumentWasm(bytes, origin(rel) ?? file, root, log);
    if (out !== bytes) writeFileSync(file, out);
  }
}
