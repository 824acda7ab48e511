// A real, minimal implementation of docs/hook-abi.md for tests: it records every event into an
// array and keeps a live table, so tests can check what an instrumented module reports. The
// shadow stack is a JS array (the runtime's is a tiny wasm module; the contract is the same).

import type { SiteTable } from '../../instrument/index';
import { decodeSiteTable, siteTableOf } from '../../abi';

export interface HookEvent {
  type: 'alloc' | 'free' | 'realloc';
  ptr: number;
  old?: number;
  size: number;
  /** Traceback as site ids, most recent first: [site, top of shadow stack, …]. */
  sites: number[];
}

export interface RecordingHooks {
  imports: Record<string, unknown>;
  events: HookEvent[];
  live: Map<number, HookEvent>;
  tracing: WebAssembly.Global;
  depth: WebAssembly.Global;
  stackDepth(): number;
}

export function recordingHooks(nframe = 1): RecordingHooks {
  const tracing = new WebAssembly.Global({ value: 'i32', mutable: true }, nframe);
  const depth = new WebAssembly.Global({ value: 'i32', mutable: true }, 0);
  const stack: number[] = [];
  const events: HookEvent[] = [];
  const live = new Map<number, HookEvent>();
  const traceback = (site: number) => [site, ...stack.slice().reverse()].slice(0, Math.max(1, tracing.value));
  // Bit 31 of a free's or realloc's site marks it quiet (docs/hook-abi.md): not part of the id.
  const QUIET = 0x7fffffff;
  const imports = {
    tracing,
    depth,
    alloc(ptr: number, size: number, site: number) {
      const ev: HookEvent = { type: 'alloc', ptr: ptr >>> 0, size: size >>> 0, sites: traceback(site) };
      events.push(ev);
      live.set(ev.ptr, ev);
    },
    free(ptr: number, site: number) {
      events.push({ type: 'free', ptr: ptr >>> 0, size: 0, sites: [site & QUIET] });
      live.delete(ptr >>> 0);
    },
    realloc(old: number, ptr: number, size: number, site: number) {
      const ev: HookEvent = { type: 'realloc', ptr: ptr >>> 0, old: old >>> 0, size: size >>> 0, sites: traceback(site & QUIET) };
      events.push(ev);
      if (old) live.delete(old >>> 0);
      live.set(ev.ptr, ev);
    },
    enter(site: number) {
      if (site !== 0) stack.push(site); // site 0: no frame, the height (a function entered from JS)
      return site !== 0 ? stack.length : stack.length + 1;
    },
    leave(token: number) {
      stack.length = token - 1;
    },
  };
  return { imports, events, live, tracing, depth, stackDepth: () => stack.length };
}

/** `file:line` of a site, as the site table resolves it. */
export function siteLine(table: SiteTable, site: number): string {
  const row = table.sites[site];
  if (!row) throw new Error(`site ${site} is not in the table (${table.sites.length} sites)`);
  return `${table.files[row[0]] ?? '?'}:${row[1]}`;
}

/** Each site as the strings a reader shows (file indices are the writer's choice, not these). */
export function siteRows(t: SiteTable): string[] {
  const frame = ([file, line, column, fn]: readonly number[]) => `${t.files[file!] ?? '?'}:${line}:${column} ${t.functions[fn!] ?? '?'}`;
  return t.sites.map((row, i) => `${frame(row)} k${row[4]} @${t.offsets[i]} [${(t.inlined?.[i] ?? []).map(frame).join(' | ')}]`);
}

/** Reads the site table back out of an instrumented module, as a runtime would. */
export function readSiteSection(bytes: Uint8Array): SiteTable {
  const mod = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  const [section] = WebAssembly.Module.customSections(mod, 'wasm-tracemalloc.sites');
  if (!section) throw new Error('no wasm-tracemalloc.sites section');
  return siteTableOf(decodeSiteTable(new Uint8Array(section)));
}
