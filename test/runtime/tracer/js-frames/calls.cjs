// The JS callers of js-frames.test.ts: plain CommonJS, loaded by Node's own require (not
// transformed by the test runner), so the positions V8 reports are those of this text. Each
// call returns [pointer, the line V8 reports for `new Error()` on the same line].
'use strict';

function line(error) {
  return Number(/:(\d+):\d+\)?$/.exec(String(error.stack).split('\n')[1])[1]);
}

function direct(M, n) {
  return [M._malloc(n), line(new Error())];
}

function viaHelper(M) {
  const [p, inner] = direct(M, 41); const outer = line(new Error());
  return [p, inner, outer];
}

function flat(M, n) {
  return [M._keep_flat(n), line(new Error())];
}

function copy(M, text) {
  const s = M.allocateUTF8(text);
  return [M._keep_copy(s), line(new Error())];
}

function twoEntries(M) {
  const s = M.allocateUTF8('frames');
  const c1 = M._keep_copy(s); const line1 = line(new Error());
  const c2 = M._keep_copy(s); const line2 = line(new Error());
  return [c1, line1, c2, line2];
}

function loop(M, n) {
  const lines = [];
  for (let i = 0; i < n; i++) { M._malloc(8 + (i % 3)); lines.push(line(new Error())); }
  return lines;
}

function viaLib(lib, M) {
  return [lib.allocate(M, 21), line(new Error())];
}

function callExport(fn, n) {
  return [fn(n), line(new Error())];
}

// A JS import of a wasm module (called from wasm): calls `then`, another export, and records the
// pointer it returned and this line.
function callback(then, got) {
  return () => { got.push(then(24), line(new Error())); };
}

// Three call sites of the allocator taken in turn, one of them a function deeper.
function alternate(M, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    if (i % 3 === 0) out.push([M._malloc(8), line(new Error())]);
    else if (i % 3 === 1) out.push([M._malloc(9), line(new Error())]);
    else out.push(deeper(M));
  }
  return out;
}

function deeper(M) {
  return [M._malloc(10), line(new Error())];
}

module.exports = { direct, viaHelper, flat, copy, twoEntries, loop, viaLib, callExport, callback, alternate };
