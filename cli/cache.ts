// `wasm-tracemalloc cache [--clear]`: where the instrumented modules are kept between starts
// (node/instrument-cache.ts), with V8's code caches of the tool's own JS (node/script-loader.ts),
// how much they take against the bound, and clearing them.

import { flag, type ParsedArgs } from './args';
import type { Command } from './command';
import { println, type Io } from './io';
import { cacheBound, cacheDir, cacheEntries, clearCache } from '../node/instrument-cache';

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const modules = (n: number): string => `${n} instrumented module${n === 1 ? '' : 's'}`;
const codeCaches = (n: number): string => `${n} code cache${n === 1 ? '' : 's'} of the tool's own JS`;
const when = (ms: number): string => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export const cacheCommand: Command = {
  spec: {
    name: 'cache',
    summary: 'show (or --clear) the cache of instrumented modules (and of the tool\'s compiled JS) that spares a traced program\'s later starts',
    positionals: [],
    options: [
      { name: 'clear', kind: 'flag', help: 'remove every instrumented module kept there, and the code caches of the tool\'s own JS (the next traced start of each program instruments and compiles again)' },
      { name: 'json', kind: 'flag', help: 'print JSON for scripts instead of text' },
    ],
    examples: ['wasm-tracemalloc cache', 'wasm-tracemalloc cache --clear', 'wasm-tracemalloc cache --json'],
  },
  async run(args: ParsedArgs, io: Io): Promise<number> {
    const dir = cacheDir(io.env);
    const json = flag(args, 'json');
    if (dir === null) {
      const why = io.env.WASM_TRACEMALLOC_CACHE === '0' ? 'WASM_TRACEMALLOC_CACHE=0' : 'running from sources, not a build';
      if (json) println(io, JSON.stringify({ dir: null, off: why }));
      else println(io, `The cache is off (${why}): every traced start instruments its modules.`);
      return 0;
    }
    if (flag(args, 'clear')) {
      const removed = clearCache(dir);
      const unfinished = removed.temporaries ? ` and ${removed.temporaries} unfinished write${removed.temporaries === 1 ? '' : 's'}` : '';
      if (json) println(io, JSON.stringify({ dir, ...removed }));
      else if (removed.entries + removed.temporaries + removed.code === 0) println(io, `Nothing to remove: ${dir} holds no instrumented module.`);
      else println(io, `Removed ${modules(removed.entries)}${removed.code ? `, ${codeCaches(removed.code)}` : ''}${unfinished} (${mb(removed.bytes)}) from ${dir}.`);
      return 0;
    }
    const { entries, code } = cacheEntries(dir);
    const total = entries.reduce((n, e) => n + e.size, 0);
    const codeBytes = code.reduce((n, e) => n + e.size, 0);
    const bound = cacheBound(io.env);
    if (json) {
      println(io, JSON.stringify({ dir, entries: entries.length, bytes: total, bound, oldestUse: entries[0]?.used ?? null, newestUse: entries.at(-1)?.used ?? null, code: code.length, codeBytes }));
      return 0;
    }
    println(io, `Cache of instrumented modules: ${dir}`);
    println(io, `  ${modules(entries.length)}, ${mb(total)} of at most ${mb(bound)} (WASM_TRACEMALLOC_CACHE_MB; the least recently used go first)`);
    if (entries.length) println(io, `  last used from ${when(entries[0]!.used)} to ${when(entries.at(-1)!.used)} UTC`);
    if (code.length) println(io, `  and ${codeCaches(code.length)} (V8's, one per build and Node version: spares a start compiling it), ${mb(codeBytes)}`);
    println(io, '  Clear it with `wasm-tracemalloc cache --clear`; move it with WASM_TRACEMALLOC_CACHE_DIR; skip it with `run --no-cache`.');
    return 0;
  },
};
