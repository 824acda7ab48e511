// The public, browser-safe entry of wasm-tracemalloc: CPython's tracemalloc API (runtime/tracer)
// and its data model (runtime/model). No Node built-ins here; node/index.ts adds file I/O.
import { installPageWorkerHost } from './tracer/workers';

// In a page: start() there also starts the tool in the workers the page makes from then on, so
// threaded modules are traced (runtime/tracer/workers.ts; node/index.ts installs Node's instead).
installPageWorkerHost();

export * from './tracer/index';
export {
  TracemallocError,
  SnapshotFormatError,
  type PythonErrorType,
  formatSize,
  Frame,
  type RawFrame,
  Traceback,
  Trace,
  type RawTrace,
  Statistic,
  StatisticDiff,
  Filter,
  DomainFilter,
  BaseFilter,
  type AnyFilter,
  Snapshot,
  Traces,
  type SnapshotColumns,
  type TraceColumns,
  type TotalsColumns,
  type Measure,
  MEASURES,
  SnapshotBuilder,
  type FrameExtras,
  Tables,
  type KeyType,
  setLineSource,
  registerSourceText,
  formatGrowth,
  typeOfFunction,
  type Growth,
  type GrowthKey,
  lineListing,
  formatLineListing,
  matchFiles,
  type LineListing,
  type LineRow,
  type LineSource,
} from './model/index';
export {
  traceCall,
  formatTraceCall,
  expectNoLeaks,
  LeakError,
  type TraceCallOptions,
  type TraceCallResult,
  type ExpectNoLeaksOptions,
  type LeakAllowance,
  chainHead,
  formatChain,
} from './helpers/index';
