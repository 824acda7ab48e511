// What leaves the page: a `.tmsnap` download (serialize(): the file `wasm-tracemalloc report|top|
// compare` read) and the HTML report of report/html.ts opened in a new tab from a blob: URL (the
// report is one self-contained file, so it needs nothing from the page). Browser-safe.
import type { Snapshot } from '../runtime/index';
import { renderReport } from '../report/html';
import { timeline } from './timeline';

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/** Downloads bytes under `filename` through a detached link: nothing is added to the page. */
function download(bytes: BlobPart, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadSnapshot(snapshot: Snapshot, filename = `wasm-tracemalloc-${stamp()}.tmsnap`): string {
  download(snapshot.serialize() as Uint8Array<ArrayBuffer>, filename, 'application/octet-stream');
  return filename;
}

/** Opens the HTML report in a new tab; returns that window (null when a popup blocker said no). */
export function openReport(snapshot: Snapshot, title = `${typeof location !== 'undefined' ? location.host : 'page'} snapshot`): Window | null {
  const html = renderReport(snapshot, { title, timeline: [...timeline()] });
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return window.open(url, '_blank');
}
