// report/: snapshots turned into things people read. Browser-safe except write.ts.
export { renderReport, buildReportData, type ReportOptions, type ReportData } from './html';
export { buildPprof, encodePprof } from './pprof';
export { buildHeapProfile, type HeapProfile, type HeapProfileNode, type CallFrame } from './heapprofile';
export { toJson, fromJson, SnapshotJsonError, type SnapshotJson } from './json';
export { TIMELINE_KEY, timelineOf, type TimelinePoint } from './snapshot-info';
