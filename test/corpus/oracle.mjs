// The corpus's answer key, independent of wasm-tracemalloc: runs a program's ORIGINAL module under
// V8's debugger (node:inspector, same thread), stopping at the entry of each allocator function
// (programs.mjs) and right after the call that entered it, and keeps a naive live set:
// pointer → (size, the V8 stack's wasm frames as module byte offsets). At the end each frame is
// symbolized by llvm-symbolizer --inlining (DWARF: every inlined frame, innermost first) or by
// @jridgewell/trace-mapping (source maps), and the live set is written to
// test/corpus/expected/NAME.json. Build time only (needs wabt and llvm-symbolizer).
//
// Only the outermost allocator call counts (operator new → malloc is one allocation, at the
// caller of operator new: frames of C++'s allocation functions, every `operator new` variant, are
// dropped from the top of the stack at malloc's entry). The result pointer is read from V8's wasm
// expression stack at a breakpoint on the instruction after the call (the caller's frame gives the
// call's offset).
//
//   node test/corpus/oracle.mjs NAME…
import { Session } from 'node:inspector';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { OUTSIDE, PROGRAMS, builtPath } from './programs.mjs';

const session = new Session();
session.connect();
const post = (method, params) => {
  let out, err;
  session.post(method, params, (e, r) => { err = e; out = r; });
  if (err) throw new Error(`${method}: ${err.message}`);
  return out;
};

/** Function bodies from wasm-objdump: [{ index, name, start, first }] in offset order; code section start. */
function bodies(path) {
  const head = execFileSync('wasm-objdump', ['-h', path], { encoding: 'utf8' });
  const codeStart = parseInt(/Code start=0x([0-9a-f]+)/.exec(head)[1], 16);
  const text = execFileSync('wasm-objdump', ['-d', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const funcs = [];
  const instrs = []; // { offset, depth, op } in offset order: where V8 can stop after a call (returnPoint)
  let cur = null;
  for (const line of text.split('\n')) {
    const h = /^([0-9a-f]+) func\[(\d+)\](?: <(.*)>)?:$/.exec(line);
    if (h) { cur = { index: +h[2], name: h[3] ?? null, start: parseInt(h[1], 16), first: -1 }; funcs.push(cur); continue; }
    const i = /^ ([0-9a-f]+):[^|]*\|( *)(\S+)/.exec(line);
    if (i && cur && cur.first < 0) cur.first = parseInt(i[1], 16);
    if (i) instrs.push({ offset: parseInt(i[1], 16), depth: i[2].length, op: i[3] });
  }
  return { codeStart, funcs, instrs };
}

/** Export names by function index, as wasm-objdump lists the exports of a module. */
function strippedNames(path) {
  const text = execFileSync('wasm-objdump', ['-x', '-j', 'Export', path], { encoding: 'utf8' });
  const names = new Map();
  for (const m of text.matchAll(/- func\[(\d+)\](?: <[^>]*>)? -> "([^"]*)"/g)) if (!names.has(+m[1])) names.set(+m[1], m[2]);
  return names;
}

/**
 * Frames of Rust's global allocator, as llvm-symbolizer and the name section spell them: the
 * `#[global_allocator]` shims (`__rg_alloc`, at the static's line; `__rust_alloc`) and the methods
 * of a `GlobalAlloc` impl (a program's own wrapper, System's, the trait's defaults). They are the
 * allocator, as operator new is for C++ (whose frames are dropped at malloc's entry): an
 * allocation is where the program called it, whether LTO inlined the allocator (its frames under
 * the call) or kept it a function (the oracle stops at its entry and never sees them).
 */
const RUST_ALLOCATOR = /^(__rg_|__rdl_|__rust_)(alloc|alloc_zeroed|realloc|dealloc)$|GlobalAlloc(\$u20\$for\$u20\$.*)?\$GT\$::(alloc|alloc_zeroed|realloc|dealloc)::h[0-9a-f]{16}$|^core::alloc::global::GlobalAlloc::(alloc|alloc_zeroed|realloc|dealloc)::h[0-9a-f]{16}$|GlobalAlloc\$GT\$\d+(alloc|alloc_zeroed|realloc|dealloc)17h[0-9a-f]{16}E$/;
const notAllocator = ([, , fn]) => !RUST_ALLOCATOR.test(fn ?? '');

/** C++'s allocation functions (sized, aligned, nothrow, arrays; demangled or not). */
const CXX_NEW = /^(operator new(\[\])?\(|_Zn[wa][mj])/;

const funcAt = (funcs, offset) => {
  let f = null;
  for (const g of funcs) { if (g.start <= offset) f = g; else break; }
  return f;
};

function leb(bytes, p) { while (bytes[p] & 0x80) p++; return p + 1; }
/** Offset of the instruction after the call at `p` (call / call_indirect / return_call*). */
function afterCall(bytes, p) {
  const op = bytes[p];
  if (op === 0x10 || op === 0x12 || op === 0x14) return leb(bytes, p + 1);
  if (op === 0x11 || op === 0x13) return leb(bytes, leb(bytes, p + 1));
  throw new Error(`oracle: no call at offset ${p} (opcode 0x${op.toString(16)})`);
}

function wasmValue(v) {
  const props = post('Runtime.getProperties', { objectId: v.objectId, ownProperties: true }).result;
  const value = props.find((p) => p.name === 'value');
  return Number(value.value.value ?? value.value.description) >>> 0;
}
const scopeValues = (frame, type) => {
  const scope = frame.scopeChain.find((s) => s.type === type);
  if (!scope) return [];
  let props = post('Runtime.getProperties', { objectId: scope.object.objectId, ownProperties: true }).result;
  // The expression stack scope holds one array-like `stack`; the local scope holds the locals.
  const inner = props.find((p) => p.name === 'stack' && p.value?.objectId);
  if (inner) props = post('Runtime.getProperties', { objectId: inner.value.objectId, ownProperties: true }).result;
  return props.filter((p) => /^\$|^\d+$/.test(p.name)).map((p) => p.value);
};

export async function runOracle(name) {
  const program = PROGRAMS[name] ?? OUTSIDE[name];
  const path = builtPath(name);
  const bytes = readFileSync(path);
  // (namesFrom: a build whose code is this one's byte for byte, with the name section this one lacks)
  const { codeStart, funcs, instrs } = bodies(program.namesFrom ? builtPath(program.namesFrom) : path);
  // Where the result of the call ending at `r` can be read: V8 cannot stop at an `else` or an `end`
  // (asc -O3: `if (result i32) … call __renew else … end`): past an `else` to its `end`, past each
  // `end` to the instruction after it, where the if's or block's result is on top of the stack.
  const at = new Map(instrs.map((x, k) => [x.offset, k]));
  const returnPoint = (r) => {
    let k = at.get(r);
    if (k === undefined) return r;
    for (;;) {
      const x = instrs[k];
      if (x.op === 'else') { while (k + 1 < instrs.length && !(instrs[k + 1].depth === x.depth && instrs[k + 1].op === 'end')) k++; k++; }
      else if (x.op === 'end' && k + 1 < instrs.length && funcAt(funcs, instrs[k + 1].offset) === funcAt(funcs, x.offset)) k++;
      else return x.offset;
    }
  };
  // (symbols: Binaryen's symbol map of this very build, `wasm-opt … --symbolmap=FILE` run as the
  // last pass of the same optimisation: the names wasm-opt dropped from the shipped module)
  if (program.symbols) {
    const names = new Map(readFileSync(builtPath(name, program.symbols), 'utf8').trim().split('\n').map((l) => l.split(/:(.*)/s).slice(0, 2)).map(([i, n]) => [+i, n]));
    for (const f of funcs) f.name = names.get(f.index) ?? f.name;
  }
  // (stripped: the module has neither names nor line rows; a frame is named as a native
  // symbolizer names it, function+offset: the function's export name, else wasm-function[N], and
  // the call's offset from the body's first byte after its size, as wasm-objdump prints bodies)
  const shown = program.stripped ? strippedNames(path) : null;
  const byName = new Map(funcs.map((f) => [f.name, f]));
  const roles = new Map(); // body start -> { kind, spec }
  for (const kind of ['alloc', 'alignedOut', 'realloc', 'free']) {
    for (const spec of program.allocators[kind] ?? []) {
      // a RegExp: the name-section names it matches (a mangled Rust name's hash is the build's)
      const found = spec[0] instanceof RegExp ? funcs.filter((g) => spec[0].test(g.name)) : [byName.get(spec[0])];
      for (const f of found) if (f) roles.set(f.start, { kind, spec, f });
    }
  }
  if (![...roles.values()].some((r) => r.kind === 'alloc')) throw new Error(`oracle: ${name} has none of its allocators`);
  const roleAt = (offset) => { const f = funcAt(funcs, offset); return f ? roles.get(f.start) : undefined; };

  let scriptId = null;
  const onScript = (m) => { if (m.params.url.startsWith('wasm://')) scriptId = m.params.scriptId; };
  session.on('Debugger.scriptParsed', onScript);
  post('Debugger.enable');
  const live = new Map(); // pointer -> { size, stack }
  const pending = []; // outermost allocations waiting for their result: { role, args, stack, ret }
  const entryBp = new Map(); // breakpointId -> role
  const returnBp = new Map(); // breakpointId -> offset after the call
  const returnAt = new Set();
  let events = 0;

  const onPause = (m) => {
    try {
      const frames = m.params.callFrames.filter((f) => f.location.scriptId === scriptId);
      const hit = m.params.hitBreakpoints ?? [];
      const role = hit.map((id) => entryBp.get(id)).find(Boolean);
      const ret = hit.map((id) => returnBp.get(id)).find((v) => v !== undefined);
      // (entered from JS: the frame under the allocator's is not this module's — Emscripten's glue
      // calls malloc from inside an import, e.g. ASYNCIFY's unwind data from emscripten_sleep, or
      // invoke_* calls it through the table)
      const fromJs = m.params.callFrames.length > 1 && m.params.callFrames[1].location.scriptId !== scriptId;
      if (role) onEntry(role, frames, fromJs);
      else if (ret !== undefined && pending.length && pending[pending.length - 1].ret === ret) onReturn(frames);
    } catch (e) {
      console.error(e);
      process.exit(1);
    } finally {
      post('Debugger.resume');
    }
  };
  const onEntry = (role, frames, fromJs) => {
    const nested = frames.slice(1).some((f) => roleAt(f.location.columnNumber));
    if (role.kind === 'free') {
      if (nested && !role.spec[3]) return;
      const args = scopeValues(frames[0], 'local').map(wasmValue);
      live.delete((args[role.spec[1]] + (role.spec[2] ?? 0)) >>> 0);
      return;
    }
    if (nested) return;
    const args = scopeValues(frames[0], 'local').map(wasmValue);
    const all = frames.slice(1).map((f) => f.location.columnNumber);
    // (the return breakpoint stays on malloc's own caller: after a call to operator new comes an
    // `else` or `end` where V8 cannot stop)
    const stack = all.slice(all.findIndex((o, i) => i === all.length - 1 || !CXX_NEW.test(funcAt(funcs, o)?.name ?? '')));
    const caller = all[0];
    const r = returnPoint(afterCall(bytes, caller));
    if (!returnAt.has(r)) {
      returnAt.add(r);
      const bp = post('Debugger.setBreakpoint', { location: { scriptId, lineNumber: 0, columnNumber: r } });
      returnBp.set(bp.breakpointId, r);
    }
    // (entered from JS, it returns either into JS — an export called by the glue, where the export's
    // wrapper below takes the result — or through an import that hands it back to the wasm caller,
    // Emscripten's invoke_* calling the table: there the breakpoint after that call takes it)
    pending.push({ role, args, stack, ret: r, fromJs });
  };
  const onReturn = (frames) => {
    const values = scopeValues(frames[0], "wasm-expression-stack");
    returned(pending.pop(), wasmValue(values[values.length - 1]));
  };
  const returned = (p, ptr) => {
    const { kind, spec } = p.role;
    if (kind === 'alignedOut') {
      // posix_memalign(&out, align, size): 0 on success, the block in *out. The debugger pauses
      // this very thread, so the module's memory is read as it is at the return.
      if (ptr !== 0) return;
      events++;
      const out = new DataView(memoryOf().buffer).getUint32(p.args[spec[1]], true);
      live.set(out, { size: p.args[spec[2]], stack: p.stack });
      return;
    }
    if (ptr === 0) return;
    events++;
    // (sizeArgs a function: a size Binaryen folded in, e.g. calloc(n) whose every caller passed size 4)
    if (kind === 'alloc') live.set(ptr, { size: typeof spec[1] === 'function' ? spec[1](p.args) : spec[1].reduce((s, i) => s * p.args[i], 1), stack: p.stack });
    else {
      live.delete(p.args[spec[1]]);
      live.set(ptr, { size: p.args[spec[2]], stack: p.stack });
    }
  };
  session.on('Debugger.paused', onPause);

  let instance = null;
  const memoryOf = () => instance.exports.memory ?? Object.values(instance.exports).find((v) => v instanceof WebAssembly.Memory);
  const instantiate = async (b, imports) => {
    const module = new WebAssembly.Module(b);
    if (!scriptId) throw new Error('oracle: V8 reported no wasm script');
    for (const role of roles.values()) {
      const bp = post('Debugger.setBreakpoint', { location: { scriptId, lineNumber: 0, columnNumber: role.f.first } });
      entryBp.set(bp.breakpointId, role);
    }
    instance = new WebAssembly.Instance(module, imports);
    if (program.kind === 'wasi') return instance; // (node:wasi wants the instance itself; nothing calls in from JS)
    // An allocation entered from JS through an export (onEntry's fromJs) returns to JS: its result is taken here.
    const exports = {};
    for (const [key, value] of Object.entries(instance.exports)) {
      exports[key] = typeof value !== 'function' ? value : function (...args) {
        const depth = pending.length;
        const result = value.apply(this, args);
        if (pending.length === depth + 1 && pending[depth].fromJs) returned(pending.pop(), Number(result) >>> 0);
        return result;
      };
    }
    return { exports };
  };
  const result = await program.run(bytes, { instantiate });
  const objects = Object.fromEntries((program.objects ?? []).map((name) => [name, live.get(result.instance.exports[name]() >>> 0)]));
  session.off('Debugger.paused', onPause);
  session.off('Debugger.scriptParsed', onScript);
  post('Debugger.disable');
  if (pending.length) throw new Error(`oracle: ${pending.length} allocations never returned (after the calls at ${pending.map((p) => "0x" + p.ret.toString(16)).join(", ")})`);

  for (const [name, t] of Object.entries(objects)) if (!t) throw new Error(`oracle: ${name}() returned a pointer that is not live`);
  const offsets = [...new Set([...live.values()].flatMap((t) => t.stack))];
  const where = program.sourceMap
    ? await symbolizeSourceMap(builtPath(name, program.sourceMap), offsets, funcs, bytes)
    : shown ? new Map(offsets.map((o) => { const f = funcAt(funcs, o); return [o, [[null, 0, f.name, `${shown.get(f.index) ?? `wasm-function[${f.index}]`}+0x${(o - f.start).toString(16)}`]]]; }))
    : symbolizeDwarf(program.dwarf ? builtPath(name, program.dwarf) : path, codeStart, offsets, funcs);
  const groups = new Map();
  for (const t of live.values()) {
    const frames = t.stack.flatMap((o) => where.get(o)).filter(notAllocator);
    const key = JSON.stringify([t.size, frames]);
    const g = groups.get(key) ?? { size: t.size, count: 0, frames };
    g.count++;
    groups.set(key, g);
  }
  return {
    program: name,
    debugInfo: program.sourceMap ? 'source-map' : 'dwarf',
    stdout: result.stdout,
    events,
    objects: Object.fromEntries(Object.entries(objects).map(([name, t]) => [name, { size: t.size, frames: t.stack.flatMap((o) => where.get(o)).filter(notAllocator) }])),
    traces: [...groups.values()].sort((a, b) => b.size * b.count - a.size * a.count || JSON.stringify(a.frames).localeCompare(JSON.stringify(b.frames))),
  };
}

const normal = (file) => file.replace(/^(\.\/)+/, '');
const base = (file) => (file ?? '').replace(/.*\//, ''); // one file is spelled differently by units built elsewhere

/** offset -> frames, innermost first: [file|null, line, function]. */
function symbolizeDwarf(path, codeStart, offsets, funcs) {
  const input = offsets.map((o) => '0x' + (o - codeStart).toString(16)).join('\n') + '\n';
  const out = execFileSync('llvm-symbolizer', ['--obj=' + path, '--inlining', '--output-style=JSON'], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const map = new Map();
  let rows = null, dies = null;
  out.trim().split('\n').forEach((l, i) => {
    const syms = JSON.parse(l).Symbol.filter((s) => s.FunctionName || s.Line > 0);
    const f = funcAt(funcs, offsets[i]);
    // Two answers of llvm-symbolizer 14 that its own line table contradicts (both met in emcc -O2 -g
    // C++). (1) A function the linker discarded, left at address 0 (StartAddress 0x0): the address
    // is looked up in that dead function's unit, so no line. (2) An inlined scope whose range
    // Binaryen's DWARF update broke: its innermost line is not in its function's file but in the
    // file of the outermost function, i.e. the code is that function's own. There the answer is
    // the line-table row at the address, in the function holding it (name section). A line in a
    // third file is a scope whose deeper inlined scopes were dropped: the chain outward stands.
    const top = syms[0];
    const outer = syms.at(-1);
    const broken = top && (top.StartAddress === '0x0' || (top.Line > 0 && top.StartFileName && base(top.FileName) !== base(top.StartFileName)
      && syms.length > 1 && base(top.FileName) === base(outer.StartFileName)));
    if (broken) {
      rows ??= lineTable(path);
      const row = rows(offsets[i] - codeStart);
      if (row) { map.set(offsets[i], [[normal(row.file), row.line, f ? f.name : null]]); return; }
    }
    // (3) The line-table row is in a file that no function of the chain is declared in (neither
    // the innermost one's nor the outermost's): the code is inlined from a function of that file
    // whose scope Binaryen wrote as dead `[0x0, 0x1)` ranges, so that another scope's broken range
    // (or none) holds the address (em++ -O3 -g: clone_array's `new T[n]` read as inside the
    // std::function constructor of a lambda two statements before). The answer is that function's
    // inlined instance, in the function holding the address, found from llvm-dwarfdump's DIE tree:
    // the function declared in the row's file nearest above the row's line, its copy whose live
    // code lies nearest the address, and the call sites of its scope and the scopes around it.
    rows ??= lineTable(path);
    const row = top && top.Line > 0 ? rows(offsets[i] - codeStart) : null;
    if (row && f && base(row.file) !== base(top.StartFileName) && base(row.file) !== base(outer.StartFileName)) {
      dies ??= dieTree(path);
      const lost = lostChain(dies, row, offsets[i] - codeStart, f.start - codeStart, (funcs[funcs.indexOf(f) + 1]?.start ?? Infinity) - codeStart);
      if (lost) { map.set(offsets[i], lost); return; }
    }
    // (4) llvm-symbolizer names a function at a line of the program's sources that lies outside
    // that function's text: before its first line (StartLine) or after the brace closing its body,
    // read from the source file itself (not from DWARF). Binaryen's DWARF update (em++ -O2/-O3 -g)
    // left an inlined scope open-ended (`DW_AT_high_pc (0x100000000)`) and llvm-symbolizer reads
    // every later address of the caller as inside it (oracle7 `sprawl-em-O3-bigint-g`: main's call
    // at line 110 read as inside `descend`, inlined at line 101, lines 44–52). Such a frame is its
    // caller's code: the row's line in the caller, the frame's call site dropped. Where the
    // function left still cannot hold the line, the code is inlined from a function whose scope
    // Binaryen wrote with its start lost (`DW_AT_low_pc (0x0)`, its end kept): the instance, in the
    // function holding the address, of the function whose text holds the line, ending nearest
    // after the address (llvm-dwarfdump's DIE tree), and the call sites around it.
    let chain = syms.map((s) => ({ file: s.Line > 0 ? normal(s.FileName) : null, line: s.Line, fn: s.FunctionName,
      start: s.StartLine ?? 0, startFile: s.StartFileName ? normal(s.StartFileName) : null }));
    if (chain.length && outsideText(chain[0])) {
      while (chain.length > 1 && outsideText(chain[0])) chain = [{ ...chain[1], file: chain[0].file, line: chain[0].line }, ...chain.slice(2)];
      let frames = chain.map((c) => [c.file, c.line, c.fn]);
      if (outsideText(chain[0]) && f) {
        dies ??= dieTree(path);
        const lost = startLostChain(dies, chain[0], offsets[i] - codeStart, f.start - codeStart, (funcs[funcs.indexOf(f) + 1]?.start ?? Infinity) - codeStart);
        if (lost) frames = lost;
      }
      map.set(offsets[i], frames);
      return;
    }
    map.set(offsets[i], syms.length && syms.some((s) => s.Line > 0)
      ? syms.map((s) => [s.Line > 0 ? normal(s.FileName) : null, s.Line, s.FunctionName])
      : [[null, 0, f ? f.name : null]]);
  });
  return map;
}

/** `llvm-dwarfdump --debug-info` read back: DIEs by offset with tag, attributes, parent, ranges (dead ones marked). */
function dieTree(path) {
  const text = execFileSync('llvm-dwarfdump', ['--debug-info', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const dies = new Map();
  const stack = []; // [indent, die]
  let cur = null, inRanges = false;
  for (const line of text.split('\n')) {
    let m;
    if ((m = /^0x([0-9a-f]+):( +)(DW_TAG_\w+|NULL)/.exec(line))) {
      inRanges = false;
      const indent = m[2].length;
      while (stack.length && stack.at(-1)[0] >= indent) stack.pop();
      if (m[3] === 'NULL') { cur = null; continue; }
      cur = { offset: parseInt(m[1], 16), tag: m[3], parent: stack.at(-1)?.[1] ?? null, attrs: {}, ranges: [], dead: false };
      dies.set(cur.offset, cur);
      stack.push([indent, cur]);
      continue;
    }
    if (!cur) continue;
    if ((m = /^\s+(DW_AT_\w+)\s+\((.*)$/.exec(line))) {
      const [, at, rest] = m;
      inRanges = at === 'DW_AT_ranges';
      const ref = /^0x([0-9a-f]+)/.exec(rest);
      if (at === 'DW_AT_abstract_origin' || at === 'DW_AT_specification') cur.attrs[at] = parseInt(ref[1], 16);
      else if (at === 'DW_AT_low_pc' || at === 'DW_AT_high_pc') cur.attrs[at] = parseInt(ref?.[1] ?? '0', 16);
      else if ((m = /^"(.*)"\)$/.exec(rest))) cur.attrs[at] = m[1];
      else if ((m = /^(\d+)\)$/.exec(rest))) cur.attrs[at] = +m[1];
      continue;
    }
    if (inRanges && (m = /\[0x([0-9a-f]+), 0x([0-9a-f]+)\)/.exec(line))) {
      const lo = parseInt(m[1], 16), hi = parseInt(m[2], 16);
      if (lo === 0) cur.dead = true; else cur.ranges.push([lo, hi]);
    }
  }
  for (const d of dies.values()) if (d.attrs.DW_AT_low_pc && d.attrs.DW_AT_high_pc) {
    const lo = d.attrs.DW_AT_low_pc, hi = d.attrs.DW_AT_high_pc;
    d.ranges.push([lo, hi > lo ? hi : lo + hi]);
  }
  return dies;
}

/** See symbolizeDwarf (3): the frames of the inlined instance that lost the address, or null. */
function lostChain(dies, row, address, fnLo, fnHi) {
  const origin = (d) => { // the DIE that has the attribute, through abstract_origin / specification
    return (at) => {
      for (let e = d, hops = 0; e && hops < 4; hops++) {
        if (e.attrs[at] !== undefined) return e.attrs[at];
        e = dies.get(e.attrs.DW_AT_abstract_origin ?? e.attrs.DW_AT_specification);
      }
      return undefined;
    };
  };
  const name = (d) => origin(d)('DW_AT_name') ?? null;
  const inFn = (d) => d.ranges.some(([lo]) => lo >= fnLo && lo < fnHi);
  let best = [], bestLine = 0, bestDistance = Infinity;
  for (const d of dies.values()) {
    if (d.tag !== 'DW_TAG_inlined_subroutine' || !d.dead || !inFn(d)) continue;
    const get = origin(d);
    const decl = get('DW_AT_decl_line') ?? 0;
    if (base(get('DW_AT_decl_file')) !== base(row.file) || decl <= 0 || decl > row.line || decl < bestLine) continue;
    const distance = Math.min(...d.ranges.map(([lo, hi]) => (address < lo ? lo - address : address >= hi ? address - hi + 1 : 0)));
    if (decl > bestLine || distance < bestDistance) { best = [d]; bestLine = decl; bestDistance = distance; }
    else if (distance === bestDistance) best.push(d);
  }
  return agreedChain(best, normal(row.file), row.line, name);
}

const SOURCES = 'test/corpus/src/';
const textEnds = new Map(); // file -> line -> last line of the body opening there (Infinity: unknown)
/**
 * The last line of the function whose text starts at `start` in a corpus source: the line of the
 * brace closing the first `{` opened at or after `start` (within three lines, before any `;`),
 * strings, characters and comments skipped. Infinity when no such brace (a body without braces).
 */
function textEnd(file, start) {
  let ends = textEnds.get(file);
  if (!ends) textEnds.set(file, (ends = new Map()));
  if (ends.has(start)) return ends.get(start);
  let end = Infinity;
  let src = null;
  try { src = readFileSync(fileURLToPath(new URL('../../' + file, import.meta.url)), 'utf8').split('\n'); } catch { /* not ours */ }
  if (src) {
    let depth = 0, opened = false;
    scan: for (let l = start - 1; l < src.length; l++) {
      const text = src[l];
      for (let c = 0; c < text.length; c++) {
        const ch = text[c];
        if (ch === '/' && text[c + 1] === '/') break;
        if (ch === '"' || (ch === "'" && text[c + 2] === "'") || (ch === "'" && text[c + 1] === '\\')) {
          const q = ch; c++;
          while (c < text.length && text[c] !== q) c += text[c] === '\\' ? 2 : 1;
          continue;
        }
        if (!opened && (ch === ';' || l > start + 2)) break scan;
        if (ch === '{') { depth++; opened = true; }
        else if (ch === '}' && opened && --depth === 0) { end = l + 1; break scan; }
      }
    }
  }
  ends.set(start, end);
  return end;
}
/** Rule (4): a frame of a corpus source whose line lies outside the text of the function named. */
function outsideText(fr) {
  if (!fr.file || !fr.file.startsWith(SOURCES) || fr.startFile !== fr.file || !(fr.start > 0) || !(fr.line > 0)) return false;
  return fr.line < fr.start || fr.line > textEnd(fr.file, fr.start);
}

/** See symbolizeDwarf (4): the frames of the start-lost inlined instance holding a row, or null. */
function startLostChain(dies, row, address, fnLo, fnHi) {
  const origin = (d) => (at) => {
    for (let e = d, hops = 0; e && hops < 4; hops++) {
      if (e.attrs[at] !== undefined) return e.attrs[at];
      e = dies.get(e.attrs.DW_AT_abstract_origin ?? e.attrs.DW_AT_specification);
    }
    return undefined;
  };
  const name = (d) => origin(d)('DW_AT_name') ?? null;
  let best = [], bestEnd = Infinity;
  for (const d of dies.values()) {
    if (d.tag !== 'DW_TAG_inlined_subroutine' || d.attrs.DW_AT_low_pc !== 0) continue;
    const end = d.attrs.DW_AT_high_pc;
    if (!(end > address && end > fnLo && end <= fnHi)) continue;
    const get = origin(d);
    const decl = get('DW_AT_decl_line') ?? 0;
    const file = normal(get('DW_AT_decl_file') ?? '');
    if (file !== row.file || decl <= 0 || row.line < decl || row.line > textEnd(file, decl)) continue;
    if (end < bestEnd) { best = [d]; bestEnd = end; } else if (end === bestEnd) best.push(d);
  }
  return agreedChain(best, row.file, row.line, name);
}

/**
 * The frames of an inlined instance `d` holding `file:line`: that row in d's function, then the
 * call site of d and of each inlined scope around it, named after the scope outside. Of several
 * instances, their chain when all give the same call sites, else null.
 */
function agreedChain(best, file, line, name) {
  const chain = (d) => {
    const frames = [[file, line, name(d)]];
    for (let e = d; e && e.tag === 'DW_TAG_inlined_subroutine';) {
      let p = e.parent;
      while (p && p.tag !== 'DW_TAG_inlined_subroutine' && p.tag !== 'DW_TAG_subprogram') p = p.parent;
      frames.push([normal(e.attrs.DW_AT_call_file), e.attrs.DW_AT_call_line, p ? name(p) : null]);
      e = p;
    }
    return frames;
  };
  if (!best.length) return null;
  const first = JSON.stringify(chain(best[0]).map(([f, l]) => [f, l]));
  return best.every((d) => JSON.stringify(chain(d).map(([f, l]) => [f, l])) === first) ? chain(best[0]) : null;
}

/** `llvm-dwarfdump --debug-line` read back: address -> { file, line } of the row holding it, skipping sequences of discarded code (at 0). */
function lineTable(path) {
  const text = execFileSync('llvm-dwarfdump', ['--debug-line', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seqs = [];
  let dirs = [''], files = [], seq = [], name = null, base = 1; // file indices: 1-based before DWARF 5
  for (const line of text.split('\n')) {
    let m;
    if (line.startsWith('debug_line[')) { dirs = ['']; files = []; }
    else if ((m = /^\s+version: (\d+)/.exec(line))) base = +m[1] >= 5 ? 0 : 1;
    else if ((m = /^include_directories\[\s*(\d+)\] = "(.*)"/.exec(line))) dirs[+m[1]] = m[2];
    else if ((m = /^\s+name: "(.*)"/.exec(line))) name = m[1];
    else if ((m = /^\s+dir_index: (\d+)/.exec(line))) files.push(dirs[+m[1]] ? `${dirs[+m[1]]}/${name}` : name);
    else if ((m = /^0x([0-9a-f]+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+\d+\s*(.*)$/.exec(line))) {
      seq.push({ address: parseInt(m[1], 16), line: +m[2], file: files[+m[4] - base] ?? null, end: m[5].includes('end_sequence') });
      if (seq.at(-1).end) { if (seq[0].address !== 0) seqs.push(seq); seq = []; }
    }
  }
  return (address) => {
    for (const s of seqs) {
      if (address < s[0].address || address >= s.at(-1).address) continue;
      let hit = null;
      for (const r of s) { if (r.address > address) break; hit = r; }
      return hit && hit.line > 0 && hit.file ? hit : null;
    }
    return null;
  };
}

/** Source maps have no inlining: one frame per offset (the segment at or before it; an unmapped one: the byte after the call). */
async function symbolizeSourceMap(mapPath, offsets, funcs, bytes) {
  const { TraceMap, originalPositionFor, decodedMappings } = await import('@jridgewell/trace-mapping');
  const raw = JSON.parse(readFileSync(mapPath, 'utf8'));
  const dir = mapPath.replace(/[^/]*$/, '');
  const asc = raw.sources.some((s) => s.startsWith('~lib/'));
  delete raw.sourceRoot; // AssemblyScript's is "./<output name>"; its sources are project-relative
  const map = new TraceMap(raw);
  const segs = decodedMappings(map)[0] ?? [];
  /** The segment covering a column (the last at or before it), or null. */
  const segmentAt = (_map, column) => {
    let lo = 0, hi = segs.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (segs[mid][0] <= column) lo = mid + 1; else hi = mid; }
    return lo > 0 ? segs[lo - 1] : null;
  };
  const repo = fileURLToPath(new URL('../../', import.meta.url));
  // project-relative, as the user's build names it (`../../usr/share/…` outside the repository)
  const rel = (s) => asc ? s : normal(relative(repo, new URL(s, 'file://' + dir).pathname));
  const out = new Map();
  for (const o of offsets) {
    // A call whose result is dropped (`arr.push(x);`) is unmapped; the `drop` right after it
    // carries the statement: look no further than the instruction after the call.
    // A segment before the function's own first byte is another function's (the last segment of
    // `vector::capacity()`'s `end` is not the location of the next function, Emscripten's
    // synthetic `main` wrapper calling __original_main): such a call has no line.
    const f = funcAt(funcs, o);
    let hit = null;
    for (let d = 0; o + d <= afterCall(bytes, o) && !hit; d++) {
      const seg = segmentAt(map, o + d);
      if (seg && f && seg[0] < f.start) continue;
      const p = originalPositionFor(map, { line: 1, column: o + d });
      if (p.source) hit = [rel(p.source), p.line, p.name ?? null];
    }
    out.set(o, [hit ?? [null, 0, f ? f.name : null]]);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = fileURLToPath(new URL('./expected/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  for (const name of process.argv.slice(2)) {
    const answer = await runOracle(name);
    writeFileSync(dir + name + '.json', JSON.stringify(answer, null, 1).replace(/\n\s+(?=[\]\d"n-][^\n]*\n)/g, ' ') + '\n');
    console.log(`${name}: ${answer.traces.length} distinct live traces, ${answer.events} allocation events`);
  }
}
