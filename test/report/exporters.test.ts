// The exporters, parsed back: pprof with pprof-format's decoder (after gunzip, as a reader would),
// .heapprofile and json with JSON.parse; totals and frames must match the snapshot exactly.
import { gunzipSync } from 'node:zlib';
import { Profile } from 'pprof-format';
import { describe, expect, it } from 'vitest';
import { Snapshot, SnapshotBuilder, type RawTrace } from '../../runtime/index';
import { buildHeapProfile, type HeapProfileNode } from '../../report/heapprofile';
import { fromJson, toJson } from '../../report/json';
import { exportBytes } from '../../report/write';

const F = 'fixtures/c/basic.c';
// the C fixture's checkpoint 3, with the call chains of its manifest (frames most recent first,
// [file, line, column, function])
const leafChainOuter = [[F, 31, 13, 'leaf_alloc'], [F, 37, 13, 'middle'], [F, 43, 13, 'outer'], [F, 102, 33, 'main']];
const leafChainMiddle = [[F, 31, 13, 'leaf_alloc'], [F, 37, 13, 'middle'], [F, 103, 33, 'main']];
const RAW: RawTrace[] = [
  ...Array.from({ length: 4 }, () => [1, 3456, leafChainOuter, 4] as unknown as RawTrace),
  ...Array.from({ length: 2 }, () => [1, 3456, leafChainMiddle, 3] as unknown as RawTrace),
  [1, 1234, [[F, 58, 15, 'main']], 1] as unknown as RawTrace,
  [1, 1234, [[F, 58, 15, 'main']], 1] as unknown as RawTrace,
  [1, 2367, [[F, 62, 17, 'main']], 1] as unknown as RawTrace,
  [1, 5678, [[F, 75, 16, 'main']], 1] as unknown as RawTrace,
  [2, 8901, [[F, 83, 9, 'main']], 1] as unknown as RawTrace,
];
const snapshot = new Snapshot(RAW, 4);
const TOTAL = 6 * 3456 + 2 * 1234 + 2367 + 5678 + 8901;

describe('pprof', () => {
  const bytes = exportBytes(snapshot, 'pprof');
  const profile = Profile.decode(gunzipSync(bytes));
  const str = (i: number | bigint) => profile.stringTable.strings[Number(i)]!;

  it('is gzip and has the inuse sample types, inuse_space by default', () => {
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(profile.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`)).toEqual(['inuse_objects/count', 'inuse_space/bytes']);
    expect(str(profile.defaultSampleType)).toBe('inuse_space');
  });

  it('totals equal the snapshot', () => {
    let objects = 0;
    let space = 0;
    for (const s of profile.sample) {
      objects += Number(s.value[0]);
      space += Number(s.value[1]);
    }
    expect(objects).toBe(RAW.length);
    expect(space).toBe(TOTAL);
    // one sample per distinct (domain, traceback)
    expect(profile.sample.length).toBe(6);
  });

  it('locations are leaf first, with function names, files and lines', () => {
    const fnById = new Map(profile.function.map((f) => [Number(f.id), f]));
    const locById = new Map(profile.location.map((l) => [Number(l.id), l]));
    const chain = (s: (typeof profile.sample)[number]) =>
      s.locationId.map((id) => {
        const line = locById.get(Number(id))!.line[0]!;
        const fn = fnById.get(Number(line.functionId))!;
        return `${str(fn.name)} ${str(fn.filename)}:${Number(line.line)}`;
      });
    const deepest = profile.sample.find((s) => s.locationId.length === 4)!;
    expect(chain(deepest)).toEqual([`leaf_alloc ${F}:31`, `middle ${F}:37`, `outer ${F}:43`, `main ${F}:102`]);
    expect(Number(deepest.value[0])).toBe(4);
    expect(Number(deepest.value[1])).toBe(4 * 3456);
    const domain2 = profile.sample.find((s) => s.label.some((l) => str(l.key) === 'domain' && str(l.str) === '2'))!;
    expect(chain(domain2)).toEqual([`main ${F}:83`]);
  });
});

describe('pprof with totals per traceback', () => {
  it('adds alloc_objects and alloc_space, the totals since tracing started, per sample', () => {
    const b = new SnapshotBuilder();
    const line = (n: number) => b.internTraceback([b.internFrame(b.internString(F), n)], 1);
    const [kept, freed] = [line(10), line(20)];
    b.addTrace(1, 100, kept);
    b.addTotals(1, kept, 300, 3, 0, 0); // 3 allocated, 1 still live
    b.addTotals(1, freed, 5000, 50, 4000, 40); // all freed
    const profile = Profile.decode(gunzipSync(exportBytes(b.build(1), 'pprof')));
    const str = (i: number | bigint) => profile.stringTable.strings[Number(i)]!;
    expect(profile.sampleType.map((t) => `${str(t.type)}/${str(t.unit)}`)).toEqual(['inuse_objects/count', 'inuse_space/bytes', 'alloc_objects/count', 'alloc_space/bytes']);
    expect(str(profile.defaultSampleType)).toBe('inuse_space');
    const values = profile.sample.map((s) => s.value.map(Number)).sort((x, y) => x[3]! - y[3]!);
    expect(values).toEqual([
      [1, 100, 3, 300],
      [0, 0, 50, 5000],
    ]);
  });
});

describe('heapprofile', () => {
  const profile = JSON.parse(new TextDecoder().decode(exportBytes(snapshot, 'heapprofile'))) as ReturnType<typeof buildHeapProfile>;
  const all: HeapProfileNode[] = [];
  const walk = (n: HeapProfileNode) => {
    all.push(n);
    n.children.forEach(walk);
  };
  walk(profile.head);

  it('has the DevTools shape: a (root) head, callFrames, unique ids, samples pointing at nodes', () => {
    expect(profile.head.callFrame.functionName).toBe('(root)');
    for (const n of all) {
      expect(Object.keys(n.callFrame).sort()).toEqual(['columnNumber', 'functionName', 'lineNumber', 'scriptId', 'url']);
      expect(typeof n.callFrame.scriptId).toBe('string');
    }
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    const ids = new Set(all.map((n) => n.id));
    expect(profile.samples.length).toBe(RAW.length);
    for (const s of profile.samples) expect(ids.has(s.nodeId)).toBe(true);
  });

  it('self sizes and samples add up to the snapshot', () => {
    expect(all.reduce((a, n) => a + n.selfSize, 0)).toBe(TOTAL);
    expect(profile.samples.reduce((a, s) => a + s.size, 0)).toBe(TOTAL);
  });

  it('the tree runs from the outermost caller to the allocation site, lines 0-based', () => {
    // two domains: the first level is the domain
    const d1 = profile.head.children.find((c) => c.callFrame.functionName.includes('domain 1'))!;
    const main102 = d1.children.find((c) => c.callFrame.lineNumber === 101)!;
    expect(main102.callFrame).toMatchObject({ functionName: 'main', url: F, columnNumber: 32 });
    const leaf = main102.children[0]!.children[0]!.children[0]!;
    expect(leaf.callFrame).toMatchObject({ functionName: 'leaf_alloc', lineNumber: 30 });
    expect(leaf.selfSize).toBe(4 * 3456);
    expect(leaf.children).toEqual([]);
  });
});

describe('json', () => {
  const text = new TextDecoder().decode(exportBytes(snapshot, 'json'));
  it('round-trips to the same statistics', () => {
    const back = fromJson(text);
    expect(back.statistics('traceback').map(String)).toEqual(snapshot.statistics('traceback').map(String));
    expect(back.statistics('lineno').map(String)).toEqual(snapshot.statistics('lineno').map(String));
    expect(back.tracebackLimit).toBe(4);
  });
  it('keeps the raw CPython trace shape and the function names', () => {
    const data = JSON.parse(text) as ReturnType<typeof toJson>;
    expect(data.traces[0]).toEqual([1, 3456, leafChainOuter.map(([f, l]) => [f, l]), 4]);
    expect(data.functions[`${F}:37`]).toBe('middle');
  });
  it('keeps function names, domain names and metadata (the timeline) through the round trip', () => {
    const b = new SnapshotBuilder();
    const leaf = b.internFrame(b.internString(F), 31, { column: 13, functionName: b.internString('leaf_alloc') });
    const main = b.internFrame(b.internString(F), 102, { functionName: b.internString('main') });
    b.addTrace(1, 3456, b.internTraceback([leaf, main], 2));
    b.setDomainName(1, 'basic.wasm#1');
    b.setMetadata('timeline', '[[0,0,0],[1,3456,3456]]');
    const back = fromJson(JSON.stringify(toJson(b.build(2))));
    const [leafBack, mainBack] = [...back.traces[0]!.traceback].reverse();
    expect([leafBack!.functionName, mainBack!.functionName]).toEqual(['leaf_alloc', 'main']);
    expect(back.domainNames.get(1)).toBe('basic.wasm#1');
    expect(back.metadata.get('timeline')).toBe('[[0,0,0],[1,3456,3456]]');
  });

  it('refuses damaged input with a message that says where', () => {
    expect(() => fromJson('{"format":"nope"}')).toThrow(/format/);
    expect(() => fromJson(text.replace('"version":1', '"version":9'))).toThrow(/version 9/);
    const bad = JSON.parse(text) as { traces: unknown[] };
    bad.traces[3] = [1, -5, [], 0];
    expect(() => fromJson(JSON.stringify(bad))).toThrow(/traces\[3\]/);
    expect(() => fromJson('{not json')).toThrow(/not JSON/);
  });
});
