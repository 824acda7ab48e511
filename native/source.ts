// Domain 0 of the tracer: the native hook as a TraceSource (docs/internals.md). The addon keeps
// the live table and the interned return addresses; this turns them into Snapshot frames at
// collect time, symbolising each distinct address once.
import type { SnapshotBuilder } from '../runtime/model/snapshot-builder';
import type { RawFrame, TraceSource } from '../runtime/tracer/trace-source';
import type { NativeBinding } from './addon';
import { Symbolizer, type NativeFrame, type SymbolizeOptions } from './symbolize';

export const NATIVE_DOMAIN = 0;
/** The addon's limit (kMaxFrames in src/tracebacks.h). */
export const MAX_NATIVE_FRAMES = 128;

/** What a trace without frames shows, as CPython does for a trace with no Python frame. */
const UNKNOWN_FRAME: NativeFrame = { filename: '<unknown>', lineno: 0, functionName: '' };

export class NativeSource implements TraceSource {
  readonly domain = NATIVE_DOMAIN;
  readonly name = 'native';
  readonly symbolizer: Symbolizer;
  symbolizeOptions: SymbolizeOptions = {};

  constructor(private readonly binding: NativeBinding) {
    this.symbolizer = new Symbolizer(binding);
  }

  start(nframe: number): void {
    this.binding.start(Math.min(Math.max(1, nframe | 0), MAX_NATIVE_FRAMES));
  }

  stop(): void {
    this.binding.stop();
  }

  isTracing(): boolean {
    return this.binding.isTracing();
  }

  tracedMemory(): [current: number, peak: number] {
    const [current, peak] = this.binding.tracedMemory();
    return [current, peak];
  }

  traceCount(): number {
    return this.binding.traceCount();
  }

  tracerMemory(): number {
    return this.binding.tracerMemory();
  }

  clear(): void {
    this.binding.clearTraces();
  }

  resetPeak(): void {
    this.binding.resetPeak();
  }

  collect(builder: SnapshotBuilder): void {
    const raw = this.binding.collect();
    const frames = this.symbolizer.resolve(raw.frames, this.symbolizeOptions);
    const frameIds = new Int32Array(frames.length);
    const idOf = new Map<NativeFrame, number>();
    const intern = (f: NativeFrame): number => {
      let id = idOf.get(f);
      if (id === undefined) {
        const extras = f.functionName ? { functionName: builder.internString(f.functionName) } : undefined;
        id = builder.internFrame(builder.internString(f.filename), f.lineno, extras);
        idOf.set(f, id);
      }
      return id;
    };
    for (let i = 0; i < frames.length; i++) frameIds[i] = intern(frames[i]!);
    const starts = raw.frameStarts;
    const tracebackIds = new Int32Array(starts.length - 1);
    for (let t = 0; t + 1 < starts.length; t++) {
      const stack = frameIds.subarray(starts[t]!, starts[t + 1]!);
      // The unwinder stops at the limit: the captured count is all we know of the depth.
      tracebackIds[t] = builder.internTraceback(stack, stack.length);
    }
    let unknown = -1;
    for (let i = 0; i < raw.sizes.length; i++) {
      let tb = raw.tracebacks[i]!;
      if (tb < 0) {
        if (unknown < 0) unknown = builder.internTraceback([intern(UNKNOWN_FRAME)], 1);
        tb = unknown;
      } else {
        tb = tracebackIds[tb]!;
      }
      builder.addTrace(NATIVE_DOMAIN, raw.sizes[i]!, tb);
    }
    builder.setDomainName(NATIVE_DOMAIN, this.name);
  }

  objectTraceback(ptr: number): RawFrame[] | null {
    const pcs = this.binding.objectTraceback(ptr);
    if (!pcs) return null;
    const frames = pcs.length ? this.symbolizer.resolve(pcs, this.symbolizeOptions) : [UNKNOWN_FRAME];
    return frames.map((f): RawFrame => [f.filename, f.lineno, 0, f.functionName || undefined]);
  }
}
