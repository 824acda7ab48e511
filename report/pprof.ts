// `export --format pprof`: the snapshot as a pprof Profile (profile.proto), the format of
// `go tool pprof`, Speedscope, Pyroscope and Datadog. Live memory is a heap profile's "inuse"
// view: sample types inuse_objects/count and inuse_space/bytes; a snapshot with totals per
// traceback adds alloc_objects/count and alloc_space/bytes (everything allocated since tracing
// started), as Go's heap profiles do. One sample per distinct (domain, traceback), locations
// leaf first, one Function per (name, file) with its line.
// encodePprof returns the raw protobuf; writers gzip it, as pprof files are (report/write.ts).

import { Function as PFunction, Label, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';
import type { Snapshot } from '../runtime/index';
import { SnapshotColumnsView } from './columns';
import { describeSnapshot } from './snapshot-info';

export function buildPprof(snapshot: Snapshot, options: { timeNanos?: number } = {}): Profile {
  const strings = new StringTable();
  const functions: PFunction[] = [];
  const locations: Location[] = [];
  const functionIds = new Map<string, number>();
  const view = new SnapshotColumnsView(snapshot);
  const info = describeSnapshot(snapshot);
  const locationOfFrame = new Map<number, number>();

  // a Location per frame id (frames are interned by file, line, column and function already)
  const locationId = (frameId: number): number => {
    let id = locationOfFrame.get(frameId);
    if (id !== undefined) return id;
    const f = view.frame(frameId);
    const name = f.fn ?? `${f.file}:${f.line}`;
    const key = `${name}\0${f.file}`;
    let fid = functionIds.get(key);
    if (fid === undefined) {
      fid = functions.length + 1;
      functions.push(new PFunction({ id: fid, name: strings.dedup(name), systemName: strings.dedup(name), filename: strings.dedup(f.file) }));
      functionIds.set(key, fid);
    }
    id = locations.length + 1;
    // address 0: wasm has no process addresses to show; readers key on the id
    locations.push(new Location({ id, line: [new Line({ functionId: fid, line: f.line, column: f.column })] }));
    locationOfFrame.set(frameId, id);
    return id;
  };

  // aggregate traces by (domain, traceback id): both are small integers
  const sums = new Map<number, { domain: number; tb: number; size: number; count: number; allocSize: number; allocCount: number }>();
  const tbCount = view.tracebackCount + 1;
  const at = (domain: number, tb: number) => {
    const key = domain * tbCount + tb;
    let s = sums.get(key);
    if (!s) sums.set(key, (s = { domain, tb, size: 0, count: 0, allocSize: 0, allocCount: 0 }));
    return s;
  };
  const weight = snapshot.columns.count;
  for (let i = 0; i < view.count; i++) {
    const s = at(view.domain[i]!, view.traceback[i]!);
    s.size += view.size[i]!;
    s.count += weight ? weight[i]! : 1;
  }
  const totals = snapshot.columns.totals;
  if (totals) {
    for (let i = 0; i < totals.traceback.length; i++) {
      const s = at(totals.domain[i]!, totals.traceback[i]!);
      s.allocSize += totals.allocSize[i]!;
      s.allocCount += totals.allocCount[i]!;
    }
  }

  const domainKey = strings.dedup('domain');
  const sampleType = [
    new ValueType({ type: strings.dedup('inuse_objects'), unit: strings.dedup('count') }),
    new ValueType({ type: strings.dedup('inuse_space'), unit: strings.dedup('bytes') }),
  ];
  if (totals) {
    sampleType.push(
      new ValueType({ type: strings.dedup('alloc_objects'), unit: strings.dedup('count') }),
      new ValueType({ type: strings.dedup('alloc_space'), unit: strings.dedup('bytes') }),
    );
  }
  const sample = [...sums.values()].map((s) => {
    const name = info.domains[String(s.domain)];
    const label = [new Label({ key: domainKey, str: strings.dedup(name ? `${s.domain} ${name}` : String(s.domain)) })];
    const ids = Array.from(view.framesOf(s.tb), locationId); // most recent first = leaf first
    return new Sample({ locationId: ids, value: totals ? [s.count, s.size, s.allocCount, s.allocSize] : [s.count, s.size], label });
  });
  const comment = Object.entries(info.metadata)
    .filter(([k]) => k !== 'timeline')
    .map(([k, v]) => strings.dedup(`${k}=${v}`));
  return new Profile({
    sampleType,
    sample,
    location: locations,
    function: functions,
    stringTable: strings,
    timeNanos: options.timeNanos ?? 0,
    periodType: new ValueType({ type: strings.dedup('space'), unit: strings.dedup('bytes') }),
    period: 1, // exact tracing, not sampled: every byte counts once
    comment,
    defaultSampleType: strings.dedup('inuse_space'),
  });
}

export function encodePprof(snapshot: Snapshot, options: { timeNanos?: number } = {}): Uint8Array {
  return buildPprof(snapshot, options).encode();
}
