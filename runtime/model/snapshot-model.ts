// What runtime/tracer/snapshot-model.ts loads on first use: the classes the tracer builds snapshots
// and tracebacks with. An entry of its own in the build (dist/runtime/snapshot-model.js), which
// register `require`s by that name.
export { SnapshotBuilder } from './snapshot-builder';
export { Snapshot } from './snapshot';
export { Traceback } from './traceback';
