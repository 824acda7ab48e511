// A source map for the OUTPUT: the original module's map (DWARF cannot be kept correct, source
// maps can) with every generated offset moved to where the binary backend put that byte. The
// caller reads and writes files (instrument/ never does): it passes the original map's JSON and
// names the new one with `options.sourceMapURL`.
//
//   const r = instrument(bytes, { sourceMapURL: 'app.traced.wasm.map' });
//   writeFile('app.traced.wasm.map', r.remapSourceMap!(readFile('app.wasm.map')));

import { TraceMap, decodedMap, encodedMap } from '@jridgewell/trace-mapping';
import { InstrumentError } from './errors';

type Segment = number[];

/** `map`: the original's source map (JSON text or object). Returns the output's, as JSON text. */
export function remapSourceMap(map: string | object, translate: (orig: number) => number): string {
  let trace: TraceMap;
  try {
    trace = new TraceMap(map as never);
  } catch (e) {
    throw new InstrumentError(`cannot remap the source map: ${(e as Error).message} (expected a version 3 source map)`, { code: 'bad-option' });
  }
  const decoded = decodedMap(trace);
  const out: Segment[] = [];
  // A wasm map has one generated line; its columns are module byte offsets.
  for (const seg of (decoded.mappings[0] ?? []) as Segment[]) {
    const at = translate(seg[0]!);
    if (at >= 0) out.push([at, ...seg.slice(1)]);
  }
  out.sort((a, b) => a[0]! - b[0]!);
  const next = new TraceMap({ ...decoded, mappings: [out] } as never);
  return JSON.stringify(encodedMap(next));
}
