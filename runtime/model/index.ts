// The data model: CPython 3.11 tracemalloc's classes, columnar underneath.
export { TracemallocError, SnapshotFormatError, type PythonErrorType } from './errors';
export { formatSize } from './format-size';
export { Frame, type RawFrame } from './frame';
export { Traceback } from './traceback';
export { Trace, type RawTrace } from './trace';
export { Statistic, StatisticDiff } from './statistic';
export { Filter, DomainFilter, BaseFilter, type AnyFilter } from './filter';
export { Snapshot, Traces, MEASURES, type SnapshotColumns, type TraceColumns, type TotalsColumns, type Measure } from './snapshot';
export { SnapshotBuilder, type FrameExtras } from './snapshot-builder';
export { Tables } from './tables';
export type { KeyType } from './group';
export { setLineSource, registerSourceText, type LineSource } from './line-source';
export { compareCodePoints } from './text';
export { growthBetween, formatGrowth, typeOfFunction, type Growth, type GrowthKey } from './growth';
export { lineListing, formatLineListing, matchFiles, type LineListing, type LineRow } from './lines';
