// How a module's allocator was found, as its line says it (node/register.ts under `run`, and the
// bundler plugin's build log): runtime/tracer/allocator-line.ts, which the API path shares.
export { describeAllocators, noAllocatorReason } from '../runtime/tracer/allocator-line';
