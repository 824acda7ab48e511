/**
 * The part of the data model (runtime/model) the tracer needs only when it makes a snapshot or a
 * traceback: SnapshotBuilder, Snapshot, Traceback (~75 KB of JS with what they import). A start
 * that never takes a snapshot need not run it (issue 13 item 3), yet takeSnapshot() is
 * synchronous, so it cannot `await import()` it. So the tracer asks for it here, and an entry says
 * where it comes from: the public entries (tracer/index.ts, so runtime/index.ts and node/index.ts)
 * hand it over at once; register (node/register-traced.ts) hands over a loader that `require`s it
 * on first use (inside the tool's one CommonJS script, node/script.ts).
 */
import type { SnapshotBuilder } from '../model/snapshot-builder';
import type { Snapshot } from '../model/snapshot';
import type { Traceback } from '../model/traceback';
import { TracemallocError } from '../model/errors';

export interface SnapshotModel {
  readonly SnapshotBuilder: typeof SnapshotBuilder;
  readonly Snapshot: typeof Snapshot;
  readonly Traceback: typeof Traceback;
}

let model: SnapshotModel | undefined;
let loader: (() => SnapshotModel) | undefined;

/** The model itself, or a function that loads it synchronously when first needed. The model
 * once given stays: a loader given later is not called. */
export function setSnapshotModel(given: SnapshotModel | (() => SnapshotModel)): void {
  if (typeof given === 'function') loader = given;
  else model = given;
}

/** The model, loaded now if it was not yet. */
export function snapshotModel(): SnapshotModel {
  if (model) return model;
  if (!loader) throw new TracemallocError('internal: no snapshot model was given (runtime/tracer/snapshot-model.ts)');
  model = loader();
  return model;
}

/** Whether the model is there yet (tests: a start that takes no snapshot does not load it). */
export function snapshotModelLoaded(): boolean {
  return model !== undefined;
}
