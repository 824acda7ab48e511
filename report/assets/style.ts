// The report's stylesheet, inlined into the page (the file must work offline, from disk).
export const STYLE_CSS = `
:root {
  --bg: #f7f7f5; --panel: #ffffff; --ink: #1d1f23; --muted: #6b7079; --line: #e3e4e8;
  --accent: #3b5bdb; --grow: #d6336c; --shrink: #2b8a3e; --match: #7048e8;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); }
#app { max-width: 1400px; margin: 0 auto; padding: 18px 24px 40px; }
header { display: flex; align-items: baseline; gap: 14px; flex-wrap: wrap; margin-bottom: 14px; }
header h1 { font-size: 20px; margin: 0; font-weight: 650; }
header h1 .brand { color: var(--accent); }
header .sub { color: var(--muted); font-size: 13px; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; margin-bottom: 16px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 10px 14px; }
.card .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .v { font-size: 22px; font-weight: 650; margin-top: 2px; }
.card .v.grow { color: var(--grow); } .card .v.shrink { color: var(--shrink); }
section.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin-bottom: 16px; }
section.panel h2 { font-size: 15px; margin: 0 0 10px; font-weight: 650; }
section.panel h2 .hint { font-weight: 400; color: var(--muted); font-size: 12.5px; margin-left: 8px; }
.toolbar { display: flex; gap: 8px; align-items: center; margin-bottom: 8px; flex-wrap: wrap; }
.toolbar input { flex: 0 1 340px; padding: 6px 10px; border: 1px solid var(--line); border-radius: 7px; font: inherit; }
.toolbar input:focus { outline: 2px solid #c5d0fa; border-color: var(--accent); }
.toolbar button { padding: 6px 12px; border: 1px solid var(--line); background: #f1f3f5; border-radius: 7px; font: inherit; cursor: pointer; }
.toolbar button:hover { background: #e9ecef; }
.toolbar .info { color: var(--muted); font-size: 12.5px; }
.crumbs { font-size: 12.5px; color: var(--muted); margin-bottom: 6px; min-height: 18px; }
.crumbs a { color: var(--accent); cursor: pointer; text-decoration: none; }
.crumbs a:hover { text-decoration: underline; }
.flame { position: relative; width: 100%; overflow: hidden; border-radius: 6px; background: #fbfbfa; }
.cell { position: absolute; height: 19px; border-radius: 2px; overflow: hidden; white-space: nowrap; cursor: pointer;
  font: 11.5px/19px ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; color: #1b1b1b;
  padding: 0 4px; box-shadow: inset -1px 0 0 rgba(255,255,255,.7), inset 0 -1px 0 rgba(255,255,255,.7); }
.cell:hover { filter: brightness(0.92); }
.cell.ancestor { opacity: .55; }
.cell.dim { opacity: .28; }
.cell.match { background: var(--match) !important; color: #fff; opacity: 1; }
.tip { position: fixed; pointer-events: none; background: #212529; color: #f8f9fa; padding: 7px 10px; border-radius: 7px;
  font-size: 12.5px; max-width: 560px; z-index: 10; box-shadow: 0 4px 16px rgba(0,0,0,.2); display: none; }
.tip .t { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; word-break: break-all; margin-bottom: 3px; }
.tip .grow { color: #ff8fab; } .tip .shrink { color: #8ce99a; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
@media (max-width: 1000px) { .grid2 { grid-template-columns: 1fr; } }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th { text-align: left; color: var(--muted); font-weight: 600; font-size: 12px; border-bottom: 1px solid var(--line); padding: 5px 6px; }
td { border-bottom: 1px solid #f1f3f5; padding: 4px 6px; vertical-align: middle; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; word-break: break-all; }
tr.row { cursor: pointer; } tr.row:hover td { background: #f8f9fa; }
td.bar { width: 90px; } .bar span { display: block; height: 8px; border-radius: 4px; background: #a5b4fc; }
td.grow { color: var(--grow); font-weight: 600; } td.shrink { color: var(--shrink); font-weight: 600; }
.bar .grow { background: #faa2c1; } .bar .shrink { background: #8ce99a; }
.chart svg { width: 100%; height: 220px; display: block; }
.chart .legend { font-size: 12.5px; color: var(--muted); display: flex; gap: 16px; margin-top: 4px; }
.chart .legend i { display: inline-block; width: 14px; height: 3px; vertical-align: middle; margin-right: 5px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; font-size: 13px; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; word-break: break-all; white-space: pre-line; }
.notes { background: #fff8e6; border: 1px solid #f0d58c; border-radius: 10px; padding: 8px 14px; margin-bottom: 16px; font-size: 13px; }
.notes p { margin: 4px 0; }
.empty { color: var(--muted); font-style: italic; padding: 8px 0; }
details.tb { border-bottom: 1px solid #f1f3f5; padding: 4px 0; }
details.tb summary { cursor: pointer; display: flex; gap: 10px; align-items: baseline; font-size: 13px; list-style: none; }
details.tb summary::-webkit-details-marker { display: none; }
details.tb summary::before { content: '▸'; color: var(--muted); width: 10px; }
details.tb[open] summary::before { content: '▾'; }
details.tb summary .rank { color: var(--muted); width: 28px; text-align: right; }
details.tb summary .loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; flex: 1; word-break: break-all; }
details.tb summary .sz { font-variant-numeric: tabular-nums; white-space: nowrap; }
ol.frames { margin: 6px 0 6px 38px; padding-left: 18px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; color: #495057; }
ol.frames li { cursor: pointer; padding: 1px 0; word-break: break-all; } ol.frames li:hover { color: var(--accent); }
ol.frames li.site { color: var(--ink); font-weight: 600; }
.controls { display: flex; gap: 14px; align-items: center; flex-wrap: wrap; margin-bottom: 14px; }
.tabs { display: flex; gap: 4px; flex-wrap: wrap; }
.tab { padding: 6px 14px; border: 1px solid var(--line); background: var(--panel); border-radius: 999px; font: inherit; cursor: pointer; color: var(--muted); }
.tab.active { background: var(--accent); border-color: var(--accent); color: #fff; }
.controls select, .toolbar select { padding: 5px 8px; border: 1px solid var(--line); border-radius: 7px; font: inherit; background: var(--panel); max-width: 100%; }
.controls label.domain { color: var(--muted); font-size: 13px; }
.toolbar button.on { background: var(--accent); border-color: var(--accent); color: #fff; }
.flame-wrap { overflow: hidden; }
.src { color: var(--muted); font-size: 11.5px; white-space: pre-wrap; word-break: break-all; }
.tip .src { color: #ced4da; margin-bottom: 3px; }
.scroll { overflow-x: auto; }
.source { max-height: 560px; overflow-y: auto; border: 1px solid #f1f3f5; border-radius: 6px; }
table.src-table td { padding: 1px 6px; border-bottom: none; }
table.src-table td.code { white-space: pre; font-size: 12px; }
table.src-table td.ln { color: var(--muted); }
table.src-table tr.hot { cursor: pointer; }
table.src-table thead th { position: sticky; top: 0; background: var(--panel); }
.chart svg.selectable { cursor: crosshair; }
p.note { color: var(--muted); font-size: 12.5px; margin: -8px 0 16px; }
@media (max-width: 600px) {
  #app { padding: 10px 8px 30px; }
  .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
  .card .v { font-size: 17px; }
  section.panel { padding: 10px 10px; }
  section.panel h2 .hint { display: block; margin: 2px 0 0; }
  .toolbar input { flex: 1 1 100%; }
  td.bar, th:last-child { display: none; }
  table { font-size: 12px; }
  .chart svg { height: 160px; }
  dl.meta { grid-template-columns: 1fr; }
}
`;
