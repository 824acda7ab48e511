// What instrument() takes and returns.

import type { AllocatorFn } from './detect';
import type { DiscoverOptions, DiscoveryStep } from './discover';
import type { NameOptions } from './names';
import { notFoundMessage } from './detect';
import { InstrumentError } from './errors';
import { UNKNOWN_SITE_ROW, type SiteTable } from '../abi';
import type { HalfAllocator } from '../abi/errors';
import type { SourceMapOptions } from './source-map';

export interface InstrumentOptions extends DiscoverOptions, SourceMapOptions, NameOptions {
  /** Emit the shadow-stack frames for deeper tracebacks (default true). */
  frames?: boolean;
  /** With no allocator found, return the module unchanged instead of throwing. */
  allowNoAllocator?: boolean;
  /**
   * Write a `sourceMappingURL` section with this URL into the output: the caller
   * writes the map that `result.remapSourceMap(originalMap)` returns there. Without it, the
   * original's sourceMappingURL is dropped (its offsets no longer match).
   */
  sourceMapURL?: string;
  /**
   * Where the bytes came from, as the runtime should name the module where it cannot see that
   * itself (a page whose scripts are one bundle): written as the `wasm-tracemalloc.origin` section.
   */
  origin?: string;
  /** Check the output with WebAssembly.validate (default true). */
  validate?: boolean;
  /**
   * Instrument a threaded module (a shared memory) instead of refusing it: only where every thread
   * that runs it gets the runtime's threaded core (Node, under `--import wasm-tracemalloc/register`;
   * docs/hook-abi.md, "Threaded modules"). Marked with the `wasm-tracemalloc.threads` section.
   */
  threads?: boolean;
}

export interface InstrumentStats {
  inputBytes: number;
  outputBytes: number;
  readMs: number;
  rewriteMs: number;
  emitMs: number;
  functions: number;
  allocators: { name: string; role: string; family: string }[];
  allocSites: number;
  frameSites: number;
  /** Allocator calls inside allocators, sent straight to the original body. */
  nestedCalls: number;
  droppedSections: string[];
  hookImports: string[];
  warnings: string[];
  /** How the allocator was found, step by step (discover.ts): names, exports, glue, signature, call graph. */
  discovery: DiscoveryStep[];
  /** Some function executes `memory.grow` (false with no allocator: static buffers only). */
  growsMemory: boolean;
  /** No allocator hooked because only half of one was found: what, and which half is missing. */
  half?: HalfAllocator;
  /** Where the sites' frames come from (`sites.resolver`, without building `sites`): 'dwarf' | 'sourcemap' | 'names'. */
  resolver: string;
}

export interface InstrumentResult {
  /**
   * The instrumented module: a view at offset 0 of a buffer that may be larger (the rewrite's own,
   * never copied to an exact size; its untouched tail costs address space only). Pass the view
   * (`WebAssembly.Module`, `fs.writeFile`), not `bytes.buffer`.
   */
  bytes: Uint8Array;
  sites: SiteTable;
  /** The allocator families found, e.g. `libc+c++`, or `none`. */
  profile: string;
  stats: InstrumentStats;
  /** The original module offset → the output's (-1 outside the code). */
  translateOffset?: (orig: number) => number;
  /** The original's source map (JSON text or object) moved onto the output. */
  remapSourceMap?: (map: string | object) => string;
}

export function newStats(bytes: Uint8Array, readMs: number, functions: number, allocators: AllocatorFn[]): InstrumentStats {
  return {
    inputBytes: bytes.length, outputBytes: bytes.length, readMs, rewriteMs: 0, emitMs: 0, functions,
    allocators: allocators.map((a) => ({ name: a.fn.name, role: a.spec.role, family: a.family })),
    allocSites: 0, frameSites: 0, nestedCalls: 0, droppedSections: [], hookImports: [], warnings: [], discovery: [], growsMemory: false, resolver: 'names',
  };
}

export function noAllocator(bytes: Uint8Array, hasNameSection: boolean, options: InstrumentOptions, stats: InstrumentStats): InstrumentResult {
  if (!options.allowNoAllocator) throw new InstrumentError((w) => notFoundMessage(hasNameSection, options, w, stats.half), { code: 'no-allocator' });
  const sites: SiteTable = { version: 1, files: [], functions: [], sites: [[...UNKNOWN_SITE_ROW]], resolver: 'names', offsets: [0] };
  return { bytes: bytes.slice(), sites, profile: 'none', stats };
}

export function checkOutput(out: Uint8Array): void {
  if (typeof WebAssembly !== 'undefined' && !WebAssembly.validate(out as Uint8Array<ArrayBuffer>)) {
    let why = '';
    try { new WebAssembly.Module(out as Uint8Array<ArrayBuffer>); } catch (e) { why = `: ${String((e as Error).message).split('\n')[0]}`; }
    throw new InstrumentError(`internal: the instrumented module does not validate${why}; please report this module`, { code: 'internal' });
  }
}

const FAMILY_ORDER = ['libc', 'c++', 'rust', 'wasm-bindgen', 'assemblyscript', 'zig', 'user'];

/** `libc+c++`: the families found, in the profile table's order. */
export function profileName(allocators: AllocatorFn[]): string {
  const families = new Set(allocators.map((a) => a.family));
  return [...families].sort((a, b) => FAMILY_ORDER.indexOf(a) - FAMILY_ORDER.indexOf(b)).join('+');
}
