// The Binaryen backend (`backend: 'binaryen'`): the same rewrite through Binaryen's IR
// (wrap-allocators.ts, rewrite-calls.ts, shadow-stack.ts). Kept as a cross-check of the binary
// backend: both must give the same answers on every fixture. Importing this module registers it;
// the default entry point never loads Binaryen (a 10+ MB wasm, and ESM-only with top-level await).

import binaryen from 'binaryen';
import { registerBackend } from '../backends';
import { addressTakenFunctions, computeReachability, readSignatures } from '../call-graph';
import { customSection, type CodeLayout } from '../code-reader';
import type { ModuleFunction } from '../detect';
import { discoverAllocators } from '../discover';
import { withLinelessWrappers } from '../lineless-wrappers';
import { InstrumentError } from '../errors';
import { SITES_SECTION, type Preflight } from '../preflight';
import { createResolver } from '../resolve';
import { checkOutput, newStats, noAllocator, profileName, type InstrumentOptions, type InstrumentResult } from '../result';
import { planPointers } from '../binary/pointers';
import { rewriteCalls } from './rewrite-calls';
import { finishSections } from './sections';
import { buildSiteTable } from '../site-table';
import { Hooks, wrapAllocator } from './wrap-allocators';

// binaryen's typings lag its runtime: CompactImports and readBinary's features argument exist.
const F = binaryen.Features as typeof binaryen.Features & { CompactImports: number };
const readBinary = binaryen.readBinary as (data: Uint8Array, features?: number) => binaryen.Module;
// Reading: accept every encoding Binaryen knows (refusals are preflight's job), but never
// CompactImports, whose output Node 20 rejects.
const READ_FEATURES = F.All & ~F.CompactImports;
// Writing: what Node 20 / current browsers run and version 1 supports.
const WRITE_FEATURES = F.MVP | F.MutableGlobals | F.SignExt | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt |
  F.SIMD128 | F.RelaxedSIMD | F.ReferenceTypes | F.Multivalue | F.TailCall | F.ExtendedConst | F.Atomics;

export function instrumentWithBinaryen(bytes: Uint8Array, pre: Preflight, layout: CodeLayout, options: InstrumentOptions, t0: number): InstrumentResult {
  const debugInfo = binaryen.getDebugInfo();
  binaryen.setDebugInfo(true); // keep the name section
  let m: binaryen.Module;
  try {
    m = readBinary(bytes, READ_FEATURES);
  } catch (e) {
    binaryen.setDebugInfo(debugInfo);
    throw new InstrumentError(`invalid wasm module: ${String((e as Error).message ?? e).split('\n')[0]}`);
  }
  try {
    return run(bytes, m, pre, layout, options, t0);
  } finally {
    m.dispose();
    binaryen.setDebugInfo(debugInfo);
  }
}

function run(bytes: Uint8Array, m: binaryen.Module, pre: Preflight, layout: CodeLayout,
  options: InstrumentOptions, t0: number): InstrumentResult {
  const t1 = performance.now();
  const hasNameSection = pre.hasNameSection;
  const funcs = listFunctions(m);
  if (funcs.length !== layout.importedFuncCount + layout.funcs.length) {
    throw new InstrumentError(`internal: Binaryen reads ${funcs.length} functions, the code reader ${layout.importedFuncCount + layout.funcs.length}`);
  }
  const resolver = createResolver(bytes, { layout, sourceMap: options.sourceMap, sourceMapBaseDir: options.sourceMapBaseDir, readFile: options.readFile });
  const discovered = discoverAllocators(bytes, funcs, hasNameSection, layout, options);
  const allocators = withLinelessWrappers(discovered.allocators, funcs, layout, resolver);
  const stats = newStats(bytes, t1 - t0, funcs.length, allocators);
  stats.discovery = discovered.discovery;
  stats.warnings.push(...discovered.warnings);
  if (allocators.length === 0) return noAllocator(bytes, hasNameSection, options, stats);

  const sections = pre.sections;
  const sigs = readSignatures(bytes, sections);
  const addressTaken = addressTakenFunctions(bytes, sections, funcs.filter((f) => f.exports.length).map((f) => f.index));
  const targets = allocators.filter((a) => a.spec.role !== 'free').map((a) => a.fn.index);
  const reach = computeReachability(layout, sigs, targets, addressTaken, funcs.length);

  const frames = options.frames !== false;
  const plan = planPointers({ bytes, sections, functions: funcs, layout, sigs, allocators, indirectKeys: reach.indirectKeys });
  const hooks = new Hooks(m, plan.used, frames);
  const wrapped = allocators.map((a) => wrapAllocator(m, hooks, a));
  const rw = rewriteCalls({ m, hooks, funcs, layout, sigs, reach, wrapped, frames, strict: !!options.strict, pointers: plan });
  const table = buildSiteTable(rw.sites, resolver, (i) => (hasNameSection ? funcs[i]?.name : undefined) ?? `wasm-function[${i}]`);
  Object.assign(stats, { allocSites: rw.allocSites, frameSites: rw.frameSites, nestedCalls: rw.nestedCalls,
    mismatchedFunctions: rw.mismatchedFunctions, hookImports: hooks.imported, warnings: [...stats.warnings, ...resolver.warnings] });
  const t2 = performance.now();

  m.setFeatures(WRITE_FEATURES);
  const emitted = m.emitBinary();
  // Binaryen writes target_features from its own feature set: put the original's back.
  const extra: [string, Uint8Array][] = [];
  const features = customSection(bytes, sections, 'target_features');
  if (features) extra.push(['target_features', features]);
  extra.push([SITES_SECTION, new TextEncoder().encode(JSON.stringify(table))]);
  const edit = { dropped: [] as string[] };
  const out = finishSections(emitted, extra, edit, /* also drop */ ['target_features']);
  stats.droppedSections = edit.dropped.filter((n) => n !== 'target_features' || !features);
  if (options.validate !== false) checkOutput(out);
  stats.outputBytes = out.length;
  stats.rewriteMs = t2 - t1;
  stats.emitMs = performance.now() - t2;
  const profile = profileName(allocators);
  return { bytes: out, sites: table, profile, stats };
}


function listFunctions(m: binaryen.Module): ModuleFunction[] {
  const out: ModuleFunction[] = [];
  const n = m.getNumFunctions();
  for (let i = 0; i < n; i++) {
    const info = binaryen.getFunctionInfo(m.getFunctionByIndex(i));
    out.push({ index: i, name: info.name, imported: !!info.module, params: binaryen.expandType(info.params).map(typeName),
      results: binaryen.expandType(info.results).map(typeName), exports: [] });
  }
  const byName = new Map(out.map((f) => [f.name, f]));
  for (let i = 0; i < m.getNumExports(); i++) {
    const e = binaryen.getExportInfo(m.getExportByIndex(i));
    if (e.kind === binaryen.ExternalFunction) byName.get(e.value)?.exports.push(e.name);
  }
  return out;
}

function typeName(t: number): string {
  const names: [number, string][] = [[binaryen.i32, 'i32'], [binaryen.i64, 'i64'], [binaryen.f32, 'f32'], [binaryen.f64, 'f64'], [binaryen.v128, 'v128']];
  return names.find(([k]) => k === t)?.[1] ?? 'ref';
}


registerBackend('binaryen', instrumentWithBinaryen);
