/**
 * The tracing runtime's public surface (re-exported by runtime/index.ts): CPython's
 * tracemalloc functions, the wiring of wasm modules to them, and the source registry.
 * Loading it loads the snapshot model too (snapshot-model.ts); register imports the tracer's
 * files one by one instead, and loads the model when a snapshot is first made.
 */
import * as model from '../model/snapshot-model';
import { setSnapshotModel } from './snapshot-model';

setSnapshotModel(model);

export {
  start,
  stop,
  isTracing,
  clearTraces,
  getTracebackLimit,
  getTracedMemory,
  resetPeak,
  getTracemallocMemory,
  getObjectTraceback,
  takeSnapshot,
  takePeakSnapshot,
  getInvalidFrees,
  registerSource,
  unregisterSource,
  getSources,
  type StartOptions,
} from './tracer';
export {
  instantiate,
  attach,
  instantiateWasm,
  setInstrumenter,
  setModuleLocator,
  isInstrumented,
  type Attachment,
  type EmscriptenInstantiateWasm,
  type InstantiateOptions,
  type Instrumenter,
  type InstrumentedModule,
  type ModuleLocator,
  type WasmSource,
} from './instantiate';
export { patchWebAssembly, unpatchWebAssembly, isWebAssemblyPatched, type PatchOptions } from './patch';
export { MAX_NFRAME, type InvalidFree, type InvalidKind } from './wasm-domain';
export type { TraceSource } from './trace-source';
export { SITES_SECTION, HOOK_MODULE } from './site-table';
export { moduleStatuses as getModuleStatuses, recordedModules, formatStatus, type ModuleStatus } from './modules';
export { recordedUnmatched, type Unmatched, type UnmatchedSite } from './unmatched';
export { LIBRARY_PATHS, isLibraryFrame, type LibraryFrameOptions, type PathPattern } from './library-frames';
