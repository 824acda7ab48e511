// File writers for the report and the exporters (the only part of report/ that uses Node).
// pprof files are gzip'd protobuf, as `go tool pprof` and every other reader expect.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Snapshot } from '../runtime/index';
import { buildHeapProfile } from './heapprofile';
import { renderReport, type ReportOptions } from './html';
import { toJson } from './json';
import { encodePprof } from './pprof';

export const EXPORT_FORMATS = ['pprof', 'heapprofile', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function exportBytes(snapshot: Snapshot, format: ExportFormat): Uint8Array {
  switch (format) {
    case 'pprof':
      return gzipSync(encodePprof(snapshot, { timeNanos: Date.now() * 1e6 }));
    case 'heapprofile':
      return new TextEncoder().encode(JSON.stringify(buildHeapProfile(snapshot)));
    case 'json':
      return new TextEncoder().encode(JSON.stringify(toJson(snapshot)) + '\n');
  }
}

function writeFile(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

export function writeExport(snapshot: Snapshot, format: ExportFormat, path: string): number {
  const bytes = exportBytes(snapshot, format);
  writeFile(path, bytes);
  return bytes.length;
}

export function writeReport(snapshot: Snapshot, path: string, options: ReportOptions = {}): number {
  const html = renderReport(snapshot, options);
  writeFile(path, html);
  return Buffer.byteLength(html);
}
