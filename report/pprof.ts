// `export --format pprof`: the snapshot as a pprof Profile (profile.proto), the format of
// `go tool pprof`, Speedscope, Pyroscope and Datadog. Live memory is a heap profile's "inuse"
// view: sample types inuse_objects/count and inuse_space/bytes, one sample per distinct
// (domain, traceback), locations leaf first, one Function per (name, file) with its line.
// encodePprof returns the raw protobuf; writers gzip it, as pprof files are (report/write.ts).

import { Function as PFunction, Label, Line, Location, Profile, Sample, StringTable, ValueType } from 'pprof-format';
import type { Frame, Snapshot } from '../runtime/index';
import { describeSnapshot, frameColumn, frameFunction } from './snapshot-info';

export function buildPprof(snapshot: Snapshot, options: { timeNanos?: number } = {}): Profile {
  const strings = new StringTable();
  const functions: PFunction[] = [];
  const locations: Location[] = [];
  const functionIds = new Map<string, number>();
  const locationIds = new Map<string, number>();
  const info = describeSnapshot(snapshot);

  const functionId = (frame: Frame): number => {
    const name = frameFunction(frame) ?? `${frame.filename}:${frame.lineno}`;
    const key = `${name}\0${frame.filename}`;
    let id = functionIds.get(key);
    if (id === undefined) {
      id = functions.length + 1;
      functions.push(new PFunction({ id, name: strings.dedup(name), systemName: strings.dedup(name), filename: strings.dedup(frame.filename) }));
      functionIds.set(key, id);
    }
    return id;
  };
  const locationId = (frame: Frame): number => {
    const fid = functionId(frame);
    const column = frameColumn(frame) ?? 0;
    const key = `${fid}\0${frame.lineno}\0${column}`;
    let id = locationIds.get(key);
    if (id === undefined) {
      id = locations.length + 1;
      // address 0: wasm has no process addresses to show; readers key on the id
      locations.push(new Location({ id, line: [new Line({ functionId: fid, line: frame.lineno, column })] }));
      locationIds.set(key, id);
    }
    return id;
  };

  // aggregate traces with the same (domain, traceback): the location-id list is the key
  const samples = new Map<string, { domain: number; ids: number[]; size: number; count: number }>();
  for (const trace of snapshot.traces) {
    const tb = trace.traceback;
    const ids: number[] = [];
    for (let i = tb.length - 1; i >= 0; i--) ids.push(locationId(tb[i]!)); // leaf first
    const key = `${trace.domain}:${ids.join(',')}`;
    const s = samples.get(key);
    if (s) {
      s.size += trace.size;
      s.count += 1;
    } else samples.set(key, { domain: trace.domain, ids, size: trace.size, count: 1 });
  }

  const domainKey = strings.dedup('domain');
  const sampleType = [
    new ValueType({ type: strings.dedup('inuse_objects'), unit: strings.dedup('count') }),
    new ValueType({ type: strings.dedup('inuse_space'), unit: strings.dedup('bytes') }),
  ];
  const sample = [...samples.values()].map((s) => {
    const name = info.domains[String(s.domain)];
    const label = [new Label({ key: domainKey, str: strings.dedup(name ? `${s.domain} ${name}` : String(s.domain)) })];
    return new Sample({ locationId: s.ids, value: [s.count, s.size], label });
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
