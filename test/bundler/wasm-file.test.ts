// The plugin's build-time side (bundler/wasm-file.ts) on the companions that need no browser to
// check: a source map `app.wasm.map` beside a module that names none (AssemblyScript's map, the
// module's sourceMappingURL section cut off) is found by the rule Node uses, and the site table
// reads the same lines as instrument() given the map; a symbol map beside it (`app.wasm.symbols`)
// names frames; with neither, the line says so. release-symbols.browser.test.ts runs the rest in
// Chromium.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSiteTable, SITES_SECTION } from '../../abi';
import { instrument } from '../../instrument/index';
import { customSection, readSections } from '../../instrument/wasm/module';
import { instrumentWasm } from '../../bundler/wasm-file';
import { repo } from './harness';

const dir = join(repo, '.tmp', 'bundler', 'wasm-file');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const original = new Uint8Array(readFileSync(join(repo, 'fixtures/as-minimal/index.wasm')));
/** The module without its last section, sourceMappingURL (checked). */
function withoutMapUrl(bytes: Uint8Array): Uint8Array {
  const sections = readSections(bytes);
  expect(sections.at(-1)!.name).toBe('sourceMappingURL');
  return bytes.slice(0, sections.at(-2)!.end);
}
const lines = (bytes: Uint8Array) => {
  const t = decodeSiteTable(customSection(bytes, readSections(bytes), SITES_SECTION)!);
  return { resolver: t.resolver, lines: [...t.line] };
};

describe('instrumentWasm: companions beside the module', () => {
  it('app.wasm.map beside a module that names no map: the same lines as the map given to instrument()', () => {
    const bytes = withoutMapUrl(original);
    writeFileSync(join(dir, 'app.wasm'), bytes);
    cpSync(join(repo, 'fixtures/as-minimal/index.wasm.map'), join(dir, 'app.wasm.map'));
    const log: string[] = [];
    const out = instrumentWasm(bytes, join(dir, 'app.wasm'), dir, (l) => log.push(l));
    expect(log).toEqual([expect.stringMatching(/^wasm-tracemalloc: app\.wasm: traced, \d+ allocation sites, assemblyscript, .*; lines from the source map app\.wasm\.map, names from the module$/)]);
    const oracle = instrument(original, { sourceMapBaseDir: 'fixtures/as-minimal', readFile: (f) => readFileSync(join(repo, f), 'utf8') });
    expect(oracle.sites.resolver).toBe('sourcemap');
    const got = lines(out);
    expect(got.resolver).toBe('sourcemap');
    expect(got.lines).toEqual(lines(oracle.bytes).lines);
    expect(got.lines.filter((l) => l > 0).length).toBeGreaterThan(3);
  });

  it('no map beside it: no lines, and the line says so', () => {
    const bytes = withoutMapUrl(original);
    mkdirSync(join(dir, 'bare'));
    writeFileSync(join(dir, 'bare/app.wasm'), bytes);
    const log: string[] = [];
    instrumentWasm(bytes, join(dir, 'bare/app.wasm'), dir, (l) => log.push(l));
    expect(log).toEqual([expect.stringMatching(/; no source lines, names from the module$/)]);
  });

  it('app.wasm.symbols beside a stripped module names its frames', () => {
    const app = join(repo, 'test/bundler/apps/emscripten-release/symbols');
    const bytes = new Uint8Array(readFileSync(join(app, 'program.wasm')));
    mkdirSync(join(dir, 'syms'));
    writeFileSync(join(dir, 'syms/program.wasm'), bytes);
    const map = readFileSync(join(app, 'program.js.symbols'), 'utf8');
    writeFileSync(join(dir, 'syms/program.wasm.symbols'), map);
    const log: string[] = [];
    const out = instrumentWasm(bytes, join(dir, 'syms/program.wasm'), dir, (l) => log.push(l));
    expect(log).toEqual([expect.stringMatching(/names from the symbol map syms\/program\.wasm\.symbols$/)]);
    const t = decodeSiteTable(customSection(out, readSections(out), SITES_SECTION)!);
    const names = new Set(map.split('\n').filter(Boolean).map((l) => l.slice(l.indexOf(':') + 1)));
    const used = t.functions.toArray().filter((f) => f !== '');
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((f) => !names.has(f))).toEqual([]);
  });
});

describe('instrumentWasm: the glue names a minified module (sql.js release: exports Ia, Ja…)', () => {
  const sql = join(repo, 'node_modules/sql.js/dist');
  const bytes = new Uint8Array(readFileSync(join(sql, 'sql-wasm.wasm')));
  const glue = readFileSync(join(sql, 'sql-wasm.js'), 'utf8');

  it('the script beside the file (app.js for app.wasm) is read as its glue', () => {
    mkdirSync(join(dir, 'glue'));
    writeFileSync(join(dir, 'glue/sql-wasm.wasm'), bytes);
    writeFileSync(join(dir, 'glue/sql-wasm.js'), glue);
    const log: string[] = [];
    instrumentWasm(bytes, join(dir, 'glue/sql-wasm.wasm'), dir, (l) => log.push(l));
    // and its caveat under it (sql.js's realloc is inlined into SQLite's sqlite3MemRealloc)
    expect(log).toEqual([expect.stringMatching(/^wasm-tracemalloc: glue\/sql-wasm\.wasm: traced, \d+ allocation sites, libc, found by glue: .*Ia = malloc/),
      expect.stringMatching(/^wasm-tracemalloc: glue\/sql-wasm\.wasm: allocator code inlined\? /)]);
    // without it the module's own code is all there is: dlmalloc's fingerprint
    mkdirSync(join(dir, 'noglue'));
    writeFileSync(join(dir, 'noglue/sql-wasm.wasm'), bytes);
    const bare: string[] = [];
    instrumentWasm(bytes, join(dir, 'noglue/sql-wasm.wasm'), dir, (l) => bare.push(l));
    expect(bare).toEqual([expect.stringMatching(/found by code fingerprint/), expect.stringMatching(/: allocator code inlined\? /)]);
  });

  it('a module embedded in a script as base64 has that script for glue, and the log names the script', () => {
    const script = join(dir, 'single.js');
    writeFileSync(script, `${glue}\nvar wasmBinaryFile = "data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}";\n`);
    const log: string[] = [];
    const out = instrumentWasm(bytes, undefined, dir, (l) => log.push(l), {}, script);
    expect(log).toEqual([expect.stringMatching(/^wasm-tracemalloc: single\.js \(embedded, base64\): traced, \d+ allocation sites, libc, found by glue: .*Ia = malloc/),
      expect.stringMatching(/^wasm-tracemalloc: single\.js \(embedded, base64\): allocator code inlined\? /)]);
    expect(out).not.toBe(bytes);
  });

  // Emscripten -pthread (test/threads/src/tally.c): the page's workers would need the tool to link
  // it instrumented, which the plugins do not give them, so it is left as built, said in its line
  // (before: instrument()'s refusal, which told a bundler's user to pass an option it has not got).
  it('a threaded module (shared memory) is left as built, and its line says why', () => {
    const bytes = new Uint8Array(readFileSync(join(repo, 'test/threads/built/tally-O2.wasm')));
    mkdirSync(join(dir, 'threads'));
    writeFileSync(join(dir, 'threads/tally.wasm'), bytes);
    const log: string[] = [];
    const out = instrumentWasm(bytes, join(dir, 'threads/tally.wasm'), dir, (l) => log.push(l));
    expect(out).toBe(bytes);
    expect(log).toEqual(['wasm-tracemalloc: threads/tally.wasm: untraced, a threaded module (shared memory): left as built, the page runs as without the tool (the bundler plugins set up no worker for the tool: a bundle carries no worker entry of it; a page that loads the tool unbundled, from its dist/ folder, can: instrument it with `wasm-tracemalloc instrument --threads` and call start() before the page makes its workers)']);
  });
});
