// Every fixture of fixtures/: the instrumented module validates, runs with the original's exact
// stdout and checkpoints, and the events it reports name the manifest's lines with the manifest's
// counts and sizes, one frame (direct and inlined sites) or deeper (via sites and chains).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFixtures, loadFixture } from '../../fixtures/index.mjs';
import type { Fixture, Manifest, Site } from '../../fixtures/index.d.mts';
import { instrument, type InstrumentOptions, type InstrumentResult } from './validate';
import { readSiteSection, recordingHooks, siteLine, type HookEvent, type RecordingHooks } from './hooks';

const NFRAME = 16;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const names: string[] = listFixtures();
describe.each(names)('fixture %s', (name) => {
  let fx: Fixture;
  let result: InstrumentResult;
  let options: InstrumentOptions;
  let hooks: RecordingHooks;
  let run: { stdout: string; checkpoints: number[] };
  let original: { stdout: string; checkpoints: number[] };
  const liveAt = new Map<number, HookEvent[]>();

  beforeAll(async () => {
    fx = await loadFixture(name);
    // The CLI's job in real use: give the instrumenter a way to read an external source map.
    // Paths relative to the repository root, as a user running the CLI there would give them:
    // sources then resolve to the manifest's repository-relative names.
    const readFile = (path: string) => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : undefined);
    // A fixture's own allocator names, as its user would give them (c-indirect: pool_alloc).
    const named = (fx.manifest as { instrument?: InstrumentOptions }).instrument;
    options = { ...named, sourceMapBaseDir: relative(ROOT, fx.dir), readFile };
    result = instrument(fx.wasmBytes, options); // validated by Binaryen and V8 (./validate)
    hooks = recordingHooks(NFRAME);
    original = await fx.run(fx.wasmBytes);
    run = await fx.run(result.bytes, {
      imports: { 'wasm-tracemalloc': hooks.imports },
      onCheckpoint: (n: number) => { liveAt.set(n, [...hooks.live.values()]); },
    });
  });

  it('validates, and runs exactly as the original', () => {
    expect(WebAssembly.validate(result.bytes as Uint8Array<ArrayBuffer>)).toBe(true);
    expect(original.stdout).toBe(fx.manifest.stdout);
    expect(run.stdout).toBe(fx.manifest.stdout);
    expect(run.checkpoints).toEqual(fx.manifest.checkpointOrder);
    expect(hooks.stackDepth()).toBe(0);
    expect(hooks.depth.value).toBe(0);
  });

  it('carries its site table and matched every call site to the original bytes', () => {
    expect(readSiteSection(result.bytes)).toEqual(result.sites);
    expect(result.sites.sites[0]).toEqual([-1, 0, 0, -1, 0]);
    expect(result.stats.allocSites).toBeGreaterThan(0);
  });

  it("gives each manifest call instruction its own site, resolving to the manifest's line", () => {
    for (const site of fx.manifest.sites) {
      if (site.callSite === 'via') continue; // the line is a deeper frame, not this call
      for (const offset of site.offsets) {
        const id = result.sites.offsets.indexOf(offset);
        expect(id, `${site.id}: a site at byte ${offset}`).toBeGreaterThan(0);
        expect(siteLine(result.sites, id), `${site.id} at byte ${offset}`).toBe(`${site.file}:${site.line}`);
        if (site.callSite === 'inlined' && fx.manifest.debugInfo.kind === 'dwarf') {
          // the library frames inlined at the call travel with the site, innermost first
          const inner = result.sites.inlined?.[id];
          expect(inner?.length, `${site.id}: inlined frames`).toBeGreaterThan(0);
          expect(result.sites.files[inner![0]![0]], `${site.id}: innermost inlined frame`).not.toBe(site.file);
        }
      }
    }
  });

  it("reports each manifest site's allocations at its exact file:line", () => {
    const m: Manifest = fx.manifest;
    const sources = new Set(m.sources);
    const lineOf = (ev: HookEvent, anyDepth: boolean): string | null => {
      const lines = ev.sites.map((s) => siteLine(result.sites, s));
      if (!anyDepth) return lines[0]!;
      return lines.find((l) => sources.has(l.slice(0, l.lastIndexOf(':')))) ?? null;
    };
    const allocs = hooks.events.filter((e) => e.type !== 'free');
    for (const site of m.sites as (Site & { sizes?: { size: number; count: number }[] })[]) {
      const key = `${site.file}:${site.line}`;
      const here = allocs.filter((e) => lineOf(e, site.callSite === 'via') === key);
      expect(here.length, `${site.id} at ${key}`).toBe(site.count);
      const sizes = site.sizes ?? (site.count ? [{ size: site.size, count: site.count }] : []);
      const got = new Map<number, number>();
      for (const e of here) got.set(e.size, (got.get(e.size) ?? 0) + 1);
      expect(Object.fromEntries(got), `${site.id} sizes`).toEqual(Object.fromEntries(sizes.map((s) => [s.size, s.count])));
    }
  });

  it('gives the manifest chains as tracebacks', () => {
    const sources = new Set(fx.manifest.sources);
    for (const chain of fx.manifest.chains) {
      const want = chain.frames.map((f) => `${f.file}:${f.line}`);
      const hits = hooks.events.filter((e) => {
        if (e.type === 'free') return false;
        // Library frames above the user's first line (AS's StaticArray constructor) fold away.
        const lines = e.sites.map((s) => siteLine(result.sites, s));
        const first = lines.findIndex((l) => sources.has(l.slice(0, l.lastIndexOf(':'))));
        return first >= 0 && want.every((w, i) => lines[first + i] === w);
      });
      expect(hits.length, `chain ${chain.id}`).toBe(chain.count);
    }
  });

  it('has the live sets of the manifest at every checkpoint', () => {
    const sources = new Set(fx.manifest.sources);
    for (const cp of fx.manifest.checkpoints) {
      const live = liveAt.get(cp.checkpoint);
      expect(live, `checkpoint ${cp.checkpoint}`).toBeDefined();
      const byLine = new Map<string, { count: number; bytes: number }>();
      for (const ev of live!) {
        const lines = ev.sites.map((s) => siteLine(result.sites, s));
        const key = lines.find((l) => sources.has(l.slice(0, l.lastIndexOf(':')))) ?? lines[0]!;
        const agg = byLine.get(key) ?? { count: 0, bytes: 0 };
        agg.count++;
        agg.bytes += ev.size;
        byLine.set(key, agg);
      }
      for (const want of cp.live) {
        expect(byLine.get(`${want.file}:${want.line}`), `checkpoint ${cp.checkpoint} ${want.file}:${want.line}`)
          .toEqual({ count: want.count, bytes: want.bytes });
      }
      if (fx.manifest.complete) {
        const total = [...byLine.values()].reduce((a, b) => ({ count: a.count + b.count, bytes: a.bytes + b.bytes }), { count: 0, bytes: 0 });
        expect(total, `checkpoint ${cp.checkpoint} totals`).toEqual({ count: cp.count, bytes: cp.bytes });
      }
    }
  });
});
