// The report's script, inlined into the page. Plain ES2019 with no dependencies; it reads the JSON
// in #report-data and draws: summary cards, the memory-over-time chart, the icicle flame graph
// (search, click to zoom, breadcrumbs), the diff table, and the top tables by line and by file.
// Kept as a string (no backticks and no dollar-brace inside) because it runs in the page, not here.
export const APP_JS = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var app = document.getElementById('app');
  var frames = data.frames;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  // Python's '%.Nf': round half to even on the exact binary value (toFixed rounds half up)
  function fixed(x, d) {
    var m = Math.pow(10, d), s = x * m, r = Math.round(s);
    if (Math.abs(s % 1) === 0.5) r = 2 * Math.round(s / 2);
    return (r / m).toFixed(d);
  }
  // tracemalloc's _format_size (the tables use the exact strings made by the model)
  function fmt(size, sign) {
    var units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    for (var i = 0; i < units.length; i++) {
      var u = units[i];
      if (Math.abs(size) < 100 && u !== 'B') return (sign && size >= 0 ? '+' : '') + fixed(size, 1) + ' ' + u;
      if (Math.abs(size) < 10 * 1024 || u === 'TiB') return (sign && size >= 0 ? '+' : '') + fixed(size, 0) + ' ' + u;
      size /= 1024;
    }
  }
  function pct(a, b) { return b > 0 ? (100 * a / b).toFixed(a / b < 0.1 ? 2 : 1) + '%' : '0%'; }
  function num(n) { return n.toLocaleString('en-US'); }
  function signed(n) { return n >= 0 ? '+' + num(n) : num(n); }

  // ---- header and cards ----
  var s = data.summary;
  app.textContent = '';
  app.appendChild(el('header', null, [
    el('h1', null, [el('span', { class: 'brand', text: 'wasm-tracemalloc' }), ' report']),
    el('span', { class: 'sub mono', text: data.title + (data.oldTitle ? '  vs  ' + data.oldTitle : '') }),
    el('span', { class: 'sub', text: 'generated ' + data.generated.replace('T', ' ').replace(/\..*$/, ' UTC') })
  ]));
  var cards = el('div', { class: 'cards' });
  function card(k, v, cls) { cards.appendChild(el('div', { class: 'card' }, [el('div', { class: 'k', text: k }), el('div', { class: 'v ' + (cls || ''), text: v })])); }
  card('Live memory', s.sizeText);
  card('Live blocks', num(s.traces));
  card('Traceback limit', String(s.tracebackLimit) + (s.tracebackLimit === 1 ? ' frame' : ' frames'));
  if (s.oldSize != null) {
    var d = s.size - s.oldSize;
    card('Change since old', fmt(d, true), d > 0 ? 'grow' : d < 0 ? 'shrink' : '');
    card('Blocks change', signed(s.traces - s.oldTraces));
  }
  if (data.timeline.length) {
    var peak = 0; data.timeline.forEach(function (p) { peak = Math.max(peak, p[2], p[1]); });
    card('Peak (timeline)', fmt(peak));
  }
  app.appendChild(cards);

  // ---- memory over time (a line needs two points) ----
  if (data.timeline.length >= 2) {
    var W = 1000, H = 220, L = 64, R = 12, T = 12, B = 26;
    var tl = data.timeline, t0 = tl[0][0], t1 = tl[tl.length - 1][0], ymax = 1;
    tl.forEach(function (p) { ymax = Math.max(ymax, p[1], p[2]); });
    var xs = function (t) { return L + (t1 > t0 ? (t - t0) / (t1 - t0) : 0.5) * (W - L - R); };
    var ys = function (v) { return T + (1 - v / ymax) * (H - T - B); };
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('preserveAspectRatio', 'none');
    function line(idx, color, dash) {
      var pl = document.createElementNS(ns, 'polyline');
      pl.setAttribute('points', tl.map(function (p) { return xs(p[0]).toFixed(1) + ',' + ys(p[idx]).toFixed(1); }).join(' '));
      pl.setAttribute('fill', 'none'); pl.setAttribute('stroke', color); pl.setAttribute('stroke-width', '2');
      pl.setAttribute('vector-effect', 'non-scaling-stroke');
      if (dash) pl.setAttribute('stroke-dasharray', '6 4');
      svg.appendChild(pl);
    }
    function text(x, y, str, anchor) {
      var t = document.createElementNS(ns, 'text');
      t.setAttribute('x', x); t.setAttribute('y', y); t.setAttribute('font-size', '11'); t.setAttribute('fill', '#6b7079');
      t.setAttribute('text-anchor', anchor || 'start'); t.textContent = str; svg.appendChild(t);
    }
    for (var g = 0; g <= 4; g++) {
      var gy = T + g * (H - T - B) / 4, gl = document.createElementNS(ns, 'line');
      gl.setAttribute('x1', L); gl.setAttribute('x2', W - R); gl.setAttribute('y1', gy); gl.setAttribute('y2', gy);
      gl.setAttribute('stroke', '#eceef1'); svg.appendChild(gl);
      text(L - 6, gy + 4, fmt(ymax * (1 - g / 4)), 'end');
    }
    var span = t1 - t0;
    function when(t) { return span < 2 ? (t * 1000).toFixed(span < 0.02 ? 2 : 0) + ' ms' : t.toFixed(span < 20 ? 1 : 0) + ' s'; }
    for (var q = 0; q <= 4; q++) text(L + q * (W - L - R) / 4, H - 6, when(span * q / 4), q === 0 ? 'start' : q === 4 ? 'end' : 'middle');
    line(2, '#f08c00', true);
    line(1, '#3b5bdb', false);
    app.appendChild(el('section', { class: 'panel chart', id: 'timeline' }, [
      el('h2', null, ['Memory over time', el('span', { class: 'hint', text: tl.length + ' samples' })]),
      svg,
      el('div', { class: 'legend' }, [el('span', null, [el('i', { style: 'background:#3b5bdb' }), 'traced current']), el('span', null, [el('i', { style: 'background:#f08c00' }), 'traced peak'])])
    ]));
  }

  // ---- flame graph (icicle: outermost caller on top, allocation sites at the bottom) ----
  var nodes = [];
  function unpack(p, parent, depth) {
    var f = p[0] >= 0 ? frames[p[0]] : null;
    // the function name leads, unless the file already is one (name-section fallback: fn+0x1a)
    var n = { id: nodes.length, label: f ? (f.fn && f.file.indexOf(f.fn) !== 0 ? f.fn + ' ' : '') + f.file + ':' + f.line : p[1], file: f ? f.file : '',
      size: p[2], count: p[3], old: p[4], oldCount: p[5], parent: parent, depth: depth, kids: [] };
    nodes.push(n);
    n.kids = p[6].map(function (c) { return unpack(c, n, depth + 1); });
    return n;
  }
  var root = unpack(data.tree, null, 0);
  var diffMode = data.oldTitle != null;
  var maxDelta = 1;
  if (diffMode) nodes.forEach(function (n) { if (n.parent) maxDelta = Math.max(maxDelta, Math.abs(n.size - n.old)); });
  function hash(str) { var h = 0; for (var i = 0; i < str.length; i++) h = (h * 31 + str.charCodeAt(i)) | 0; return Math.abs(h); }
  function colour(n) {
    if (!n.parent) return '#ced4da';
    if (diffMode) {
      var dlt = n.size - n.old, r = Math.min(1, Math.sqrt(Math.abs(dlt) / maxDelta));
      if (dlt > 0) return 'hsl(350, ' + (45 + 40 * r).toFixed(0) + '%, ' + (86 - 28 * r).toFixed(0) + '%)';
      if (dlt < 0) return 'hsl(130, ' + (35 + 35 * r).toFixed(0) + '%, ' + (86 - 30 * r).toFixed(0) + '%)';
      return '#e9ecef';
    }
    if (!n.file) return '#dee2e6';
    var h = hash(n.file);
    return 'hsl(' + (12 + h % 36) + ', ' + (62 + h % 20) + '%, ' + (62 + (hash(n.label) % 12)) + '%)';
  }
  var maxDepth = 0; nodes.forEach(function (n) { maxDepth = Math.max(maxDepth, n.depth); });
  var ROW = 20;
  var flame = el('div', { class: 'flame', id: 'flame' });
  flame.style.height = ((maxDepth + 1) * ROW + 2) + 'px';
  var search = el('input', { type: 'search', id: 'search', placeholder: 'Search frames: file:line, function, regex', 'aria-label': 'search frames' });
  var reset = el('button', { id: 'reset', type: 'button', text: 'Reset zoom' });
  var info = el('span', { class: 'info', id: 'match-info' });
  var crumbs = el('div', { class: 'crumbs', id: 'crumbs' });
  var tip = el('div', { class: 'tip', id: 'tip' });
  var hint = (diffMode ? 'width = live bytes now; red grew, green shrank since the old snapshot' : 'width = live bytes; outermost caller on top, allocation site at the bottom') + '; click to zoom, Esc to reset, / to search';
  app.appendChild(el('section', { class: 'panel', id: 'flamegraph' }, [
    el('h2', null, ['Live memory by traceback', el('span', { class: 'hint', text: hint })]),
    el('div', { class: 'toolbar' }, [search, reset, info]), crumbs, flame,
    root.count === 0 && root.oldCount === 0 ? el('div', { class: 'empty', text: 'No traced allocation in this snapshot: did the program load a wasm module with an allocator the instrumenter recognises (or named with --alloc/--free)?' }) : null
  ]));
  document.body.appendChild(tip);

  var zoomed = root, matcher = null;
  function isAncestor(a, n) { for (var p = n; p; p = p.parent) if (p === a) return true; return false; }
  function render() {
    flame.textContent = '';
    var width = flame.clientWidth || 1000;
    var base = zoomed.size || 1;
    // the zoomed node's ancestors span the full width, dimmed
    for (var a = zoomed.parent; a; a = a.parent) place(a, 0, 1, true);
    var count = 0;
    (function walk(n, x0, w) {
      if (w * width < 0.6 || count > 4000) return;
      count++;
      place(n, x0, w, false);
      var x = x0;
      n.kids.forEach(function (k) { var kw = k.size / base; walk(k, x, kw); x += kw; });
    })(zoomed, 0, 1);
    var parts = [];
    for (var p = zoomed; p; p = p.parent) parts.unshift(p);
    crumbs.textContent = '';
    parts.forEach(function (p, i) {
      if (i) crumbs.appendChild(document.createTextNode(' › '));
      var a = el('a', { text: p.parent ? p.label : 'all (' + fmt(p.size) + ')' });
      a.onclick = function () { zoomTo(p); };
      crumbs.appendChild(a);
    });
    applySearch();
  }
  function place(n, x, w, ancestor) {
    var c = el('div', { class: 'cell' + (ancestor ? ' ancestor' : ''), 'data-id': String(n.id) });
    c.style.left = (x * 100) + '%';
    c.style.width = 'calc(' + (w * 100) + '% - 1px)';
    c.style.top = (n.depth * ROW) + 'px';
    c.style.background = colour(n);
    c.textContent = n.parent ? n.label : 'all: ' + fmt(n.size) + ' in ' + num(n.count) + ' blocks';
    flame.appendChild(c);
  }
  function zoomTo(n) { zoomed = n; render(); }
  flame.addEventListener('click', function (e) {
    var c = e.target.closest('.cell'); if (!c) return;
    var n = nodes[+c.getAttribute('data-id')];
    zoomTo(n === zoomed && n.parent ? n.parent : n);
  });
  flame.addEventListener('mousemove', function (e) {
    var c = e.target.closest('.cell'); if (!c) { tip.style.display = 'none'; return; }
    var n = nodes[+c.getAttribute('data-id')];
    tip.textContent = '';
    tip.appendChild(el('div', { class: 't', text: n.parent ? n.label : 'all' }));
    tip.appendChild(el('div', { text: fmt(n.size) + ' in ' + num(n.count) + ' blocks · ' + pct(n.size, root.size) + ' of live memory' }));
    if (diffMode) {
      var dl = n.size - n.old;
      tip.appendChild(el('div', { class: dl > 0 ? 'grow' : dl < 0 ? 'shrink' : '', text: 'change: ' + fmt(dl, true) + ', ' + signed(n.count - n.oldCount) + ' blocks (was ' + fmt(n.old) + ')' }));
    }
    tip.style.display = 'block';
    var x = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = x + 'px'; tip.style.top = (e.clientY + 16) + 'px';
  });
  flame.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
  reset.onclick = function () { search.value = ''; matcher = null; zoomTo(root); };
  function applySearch() {
    var cells = flame.querySelectorAll('.cell');
    var matched = 0;
    if (matcher) nodes.forEach(function (n) {
      if (!n.parent || !matcher(n.label)) return;
      for (var p = n.parent; p; p = p.parent) if (p.parent && matcher(p.label)) return; // counted at an ancestor
      if (isAncestor(zoomed, n)) matched += n.size;
    });
    for (var i = 0; i < cells.length; i++) {
      var n = nodes[+cells[i].getAttribute('data-id')];
      var hit = matcher && n.parent && matcher(n.label);
      cells[i].classList.toggle('match', !!hit);
      cells[i].classList.toggle('dim', !!matcher && !hit);
    }
    info.textContent = matcher ? 'matched ' + fmt(matched) + ' (' + pct(matched, zoomed.size) + ' of the view)' : '';
  }
  search.addEventListener('input', function () {
    var q = search.value.trim();
    if (!q) matcher = null;
    else {
      var re = null;
      try { re = new RegExp(q, 'i'); } catch (err) { re = null; }
      var low = q.toLowerCase();
      matcher = function (label) { return re ? re.test(label) : label.toLowerCase().indexOf(low) >= 0; };
    }
    applySearch();
  });
  search.addEventListener('keydown', function (e) { if (e.key === 'Escape') { search.value = ''; matcher = null; applySearch(); } });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && document.activeElement !== search) zoomTo(root);
    if (e.key === '/' && document.activeElement !== search) { e.preventDefault(); search.focus(); }
  });
  window.addEventListener('resize', render);
  render();

  // ---- tables ----
  function table(id, title, hintText, rows, diff) {
    var total = root.size || 1;
    var maxAbs = 1; rows.forEach(function (r) { maxAbs = Math.max(maxAbs, Math.abs(diff ? r.sizeDiff : r.size)); });
    var head = diff
      ? ['#', 'Location', 'Size', 'Change', 'Count', 'Δ count', '']
      : ['#', 'Location', 'Size', 'Count', 'Average', 'Share', ''];
    var tbody = el('tbody');
    rows.forEach(function (r, i) {
      var loc = r.line ? r.file + ':' + r.line : r.file;
      var bar = el('span'); var w = Math.abs(diff ? r.sizeDiff : r.size) / maxAbs;
      bar.style.width = Math.max(2, 100 * w) + '%';
      if (diff) bar.className = r.sizeDiff > 0 ? 'grow' : r.sizeDiff < 0 ? 'shrink' : '';
      var cls = diff ? (r.sizeDiff > 0 ? 'num grow' : r.sizeDiff < 0 ? 'num shrink' : 'num') : 'num';
      var cells = diff
        ? [el('td', { class: 'num', text: String(i + 1) }), el('td', { class: 'loc', text: loc, title: r.text }), el('td', { class: 'num', text: fmt(r.size) }),
           el('td', { class: cls, text: fmt(r.sizeDiff, true) }), el('td', { class: 'num', text: num(r.count) }), el('td', { class: cls, text: signed(r.countDiff) }), el('td', { class: 'bar' }, [bar])]
        : [el('td', { class: 'num', text: String(i + 1) }), el('td', { class: 'loc', text: loc, title: r.text }), el('td', { class: 'num', text: fmt(r.size) }),
           el('td', { class: 'num', text: num(r.count) }), el('td', { class: 'num', text: r.count ? fmt(Math.floor(r.size / r.count)) : '' }), el('td', { class: 'num', text: pct(r.size, total) }), el('td', { class: 'bar' }, [bar])];
      var tr = el('tr', { class: 'row', title: r.text }, cells);
      tr.onclick = function () { search.value = r.line ? r.file + ':' + r.line : r.file; search.dispatchEvent(new Event('input')); flame.scrollIntoView({ block: 'nearest' }); };
      tbody.appendChild(tr);
    });
    var t = el('table', null, [el('thead', null, [el('tr', null, head.map(function (h, i) { return el('th', { class: i === 1 || i === head.length - 1 ? '' : 'num', text: h }); }))]), tbody]);
    return el('section', { class: 'panel', id: id }, [el('h2', null, [title, el('span', { class: 'hint', text: hintText })]), rows.length ? t : el('div', { class: 'empty', text: 'nothing here' })]);
  }
  if (data.diff) app.appendChild(table('diff', 'Differences by line', 'vs ' + data.oldTitle + ' · red grew, green shrank · click a row to find it in the flame graph', data.diff, true));
  app.appendChild(el('div', { class: 'grid2' }, [
    table('top-lines', 'Top lines', 'most recent frame · click to search', data.lines, false),
    table('top-files', 'Top files', 'by file of the most recent frame', data.files, false)
  ]));

  // ---- the biggest tracebacks, each a call chain headed by its allocation site, most recent call first ----
  if (data.tracebacks.length) {
    var list = el('div', { class: 'tbs' });
    data.tracebacks.forEach(function (t, i) {
      var ol = el('ol', { class: 'frames' });
      t.frames.forEach(function (f, j) {
        var li = el('li', { class: j === 0 ? 'site' : '', text: f });
        li.onclick = function () { search.value = f.replace(/^.* /, '').replace(/[.*+?^$()|[\]\\]/g, '\\$&') + '$'; search.dispatchEvent(new Event('input')); flame.scrollIntoView({ block: 'nearest' }); };
        ol.appendChild(li);
      });
      var d = el('details', { class: 'tb' }, [el('summary', null, [el('span', { class: 'rank', text: '#' + (i + 1) }), el('span', { class: 'loc', text: t.site }), el('span', { class: 'sz', text: fmt(t.size) + ' in ' + num(t.count) + (t.count === 1 ? ' block' : ' blocks') })]), ol]);
      if (i === 0) d.open = true;
      list.appendChild(d);
    });
    app.appendChild(el('section', { class: 'panel', id: 'tracebacks' }, [el('h2', null, ['Top tracebacks', el('span', { class: 'hint', text: 'where each group was allocated, then its callers · most recent call first · click a frame to find it' })]), list]));
  }

  // ---- metadata ----
  var meta = Object.keys(data.metadata);
  var doms = Object.keys(data.domains);
  if (meta.length || doms.length) {
    var dl = el('dl', { class: 'meta' });
    doms.forEach(function (k) { dl.appendChild(el('dt', { text: 'domain ' + k })); dl.appendChild(el('dd', { text: data.domains[k] })); });
    meta.forEach(function (k) { dl.appendChild(el('dt', { text: k })); dl.appendChild(el('dd', { text: data.metadata[k] })); });
    app.appendChild(el('section', { class: 'panel', id: 'meta' }, [el('h2', { text: 'Snapshot' }), dl]));
  }
})();
`;
