/**
 * What the tracer asks of each domain (docs/internals.md, "TraceSource"). The wasm domains
 * (1, 2, …) are `WasmDomain`s; the native hook registers domain 0 through `registerSource`.
 */
import type { RawFrame } from '../model/frame';
import type { SnapshotBuilder } from '../model/snapshot-builder';
import type { LibraryFrameOptions } from './library-frames';

export type { RawFrame };

export interface TraceSource {
  readonly domain: number;
  readonly name: string;
  tracedMemory(): [current: number, peak: number];
  traceCount(): number;
  /** Bytes this source itself holds. */
  tracerMemory(): number;
  /** clearTraces(): forget every trace, current and peak back to 0. */
  clear(): void;
  resetPeak(): void;
  /** Adds every live trace to `builder`. */
  collect(builder: SnapshotBuilder): void;
  objectTraceback(ptr: number): RawFrame[] | null;
  /** Starts recording; `fold` says which frames are folded (runtime/tracer/library-frames.ts). */
  start(nframe: number, fold?: LibraryFrameOptions): void;
  /** Stops recording and clears. */
  stop(): void;
}
