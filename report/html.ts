/// <reference path="./ui/virtual.d.ts" />
// The self-contained HTML report: one file, no network, the data inlined as JSON (report/data.ts)
// and drawn by the page's script (report/ui/, TypeScript bundled in at build time). Browser-safe:
// it returns a string; writing it is the CLI's.

import type { Snapshot } from '../runtime/index';
import { APP_JS } from 'virtual:report-ui';
import { STYLE_CSS } from './assets/style';
import { buildReportData, type ReportOptions } from './data';

export { buildReportData, type ReportData, type ReportOptions, type ViewData, type StatRow } from './data';

/** JSON inside <script> must not contain `</script>` or `<!--`: escape every `<`. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderReport(snapshot: Snapshot, options: ReportOptions = {}): string {
  const data = buildReportData(snapshot, options);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(data.title)} — wasm-tracemalloc</title>
<style>${STYLE_CSS}</style>
</head>
<body>
<div id="app"><noscript>This report needs JavaScript to draw its flame graph and tables.</noscript></div>
<div class="tip" id="tip"></div>
<script type="application/json" id="report-data">${inlineJson(data)}</script>
<script>${APP_JS}</script>
</body>
</html>
`;
}
