// What runtime/tracer/snapshot-model.ts loads on first use: the classes the tracer builds snapshots
// and tracebacks with. Register `require`s it when first needed (node/register-traced.ts), inside
// the tool's one script (node/script.ts), which runs it then.
export { SnapshotBuilder } from './snapshot-builder';
export { Snapshot } from './snapshot';
export { Traceback } from './traceback';
