#!/usr/bin/env node
// Writes the damaged-snapshot corpus: one valid file and files each broken in one way, plus
// expected.json (file -> the one-line error it must give). Run from anywhere:
//   node test/runtime/snapshot-corpus/make-corpus.mjs
// It bundles runtime/model with esbuild (a tsup dependency) so it needs no prior build. The
// corpus test (test/runtime/model/corpus.test.ts) reads the committed files, not this script.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'wtm-corpus-'));
const entry = join(tmp, 'entry.ts');
writeFileSync(
  entry,
  `export * from ${JSON.stringify(join(root, 'runtime/model/index.ts'))};\n` +
    `export { ByteWriter, crc32 } from ${JSON.stringify(join(root, 'runtime/model/bytes.ts'))};\n` +
    `export { MAGIC, FORMAT_VERSION } from ${JSON.stringify(join(root, 'runtime/model/codec.ts'))};\n`,
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', outfile: join(tmp, 'model.mjs'), logLevel: 'error' });
const m = await import(pathToFileURL(join(tmp, 'model.mjs')).href);
rmSync(tmp, { recursive: true, force: true });

// The valid snapshot every damaged file starts from (fixed time: the files are reproducible).
const b = new m.SnapshotBuilder();
const app = b.internString('src/app.c');
const lib = b.internString('src/list.c');
const fn = b.internString('make_node');
const f1 = b.internFrame(app, 42, { column: 7, functionName: fn });
const f2 = b.internFrame(lib, 10);
const t1 = b.internTraceback([f1, f2], 2);
const t2 = b.internTraceback([f2], 1);
for (let i = 0; i < 20; i++) b.addTrace(1, 16 + i, i % 3 ? t1 : t2);
b.addTrace(0, 1 << 20, t2);
b.setDomainName(1, 'app.wasm#1');
b.setMetadata('command', 'node app.mjs');
b.setTimestamp(1_763_000_000_000);
const valid = b.build(2).serialize();

// The parts of a file, to rebuild one with a single part changed and a correct checksum.
function section(fill) {
  const w = new m.ByteWriter();
  w.section(fill);
  return w.finish();
}
const varints = (...values) => {
  const w = new m.ByteWriter();
  for (const v of values) w.varint(v);
  return w.finish();
};
const strings = (list) => section((s) => { s.varint(list.length); for (const x of list) s.string(x); });
// Version 1 parts (files written before totals and peak existed must still load), then the
// version 2 parts, which add three sections after the traces.
const parts = {
  magic: m.MAGIC,
  version: varints(1),
  flags: varints(0),
  header: section((s) => { s.varint(2); s.f64(1_763_000_000_000); }),
  strings: strings(['src/app.c', 'src/list.c']),
  frames: section((s) => { s.varint(1); s.zigzag(0); s.zigzag(42); s.varint(0); s.varint(0); }),
  stacks: section((s) => { s.varint(1); s.varint(1); s.varint(0); }),
  tracebacks: section((s) => { s.varint(1); s.varint(0); s.varint(2); }),
  traces: section((s) => { s.varint(2); s.varint(1); s.varint(1); s.varint(2); s.varint(0); s.varint(0); s.varint(16); s.varint(32); }),
  domains: section((s) => s.varint(0)),
  metadata: section((s) => s.varint(0)),
};
const v2 = {
  magic: parts.magic,
  version: varints(2),
  flags: parts.flags,
  header: parts.header,
  strings: parts.strings,
  frames: parts.frames,
  stacks: parts.stacks,
  tracebacks: parts.tracebacks,
  traces: parts.traces,
  counts: section((s) => s.varint(0)),
  // present, then one totals row: domain 1, traceback 0, 3 allocations of 48 B in all, 1 temporary of 16 B
  totals: section((s) => { s.varint(1); s.varint(1); s.varint(1); s.varint(1); s.varint(1); s.varint(0); s.varint(48); s.varint(3); s.varint(16); s.varint(1); }),
  // present, then one peak row: domain 1, traceback 0, 2 blocks of 64 B in all
  peak: section((s) => { s.varint(1); s.varint(1); s.varint(1); s.varint(1); s.varint(1); s.varint(0); s.varint(64); s.varint(2); }),
  domains: parts.domains,
  metadata: parts.metadata,
};
// version 3 adds the size classes after the peak: present (1 + 3 classes), bytes then counts:
// 1 allocation of 0 B, none of 1 B, 2 of 2..3 B (5 B in all)
const v3 = { ...v2, version: varints(3) };
delete v3.domains;
delete v3.metadata;
Object.assign(v3, { sizes: section((s) => { s.varint(4); s.varint(0); s.varint(0); s.varint(5); s.varint(1); s.varint(0); s.varint(2); }), domains: parts.domains, metadata: parts.metadata });
function file(changes = {}, base = parts) {
  const all = { ...base, ...changes };
  const body = Buffer.concat(Object.values(all).map((p) => Buffer.from(p)));
  const out = Buffer.alloc(body.length + 4);
  body.copy(out);
  out.writeUInt32LE(m.crc32(body), body.length);
  return out;
}

const corpus = {
  'valid.wtsnap': valid,
  'assembled-valid.wtsnap': file(),
  'empty.wtsnap': Buffer.alloc(0),
  'json-text.wtsnap': Buffer.from('{"traces": [], "traceback_limit": 1}\n'),
  'short.wtsnap': valid.subarray(0, 5),
  'future-version.wtsnap': file({ version: varints(m.FORMAT_VERSION + 1) }),
  'version-zero.wtsnap': file({ version: varints(0) }),
  'unknown-flags.wtsnap': file({ flags: varints(4) }),
  'truncated-header.wtsnap': valid.subarray(0, 14),
  'truncated-strings.wtsnap': valid.subarray(0, 30),
  'truncated-traces.wtsnap': valid.subarray(0, valid.length - 40),
  'no-checksum.wtsnap': valid.subarray(0, valid.length - 4),
  'trailing-bytes.wtsnap': Buffer.concat([valid, Buffer.from([0, 0, 0])]),
  // the last size byte of the traces section (16 -> 17): structurally valid, only the CRC sees it
  'flipped-size-bit.wtsnap': (() => {
    const x = file();
    const end = ['magic', 'version', 'flags', 'header', 'strings', 'frames', 'stacks', 'tracebacks', 'traces'].reduce((n, k) => n + parts[k].length, 0);
    x[end - 2] ^= 0x01;
    return x;
  })(),
  'huge-string-count.wtsnap': file({ strings: section((s) => { s.varint(2 ** 40); s.string('a'); }) }),
  'huge-frame-count.wtsnap': file({ frames: section((s) => { s.varint(2 ** 30); s.varint(0); }) }),
  'overlong-varint.wtsnap': file({ header: Buffer.concat([varints(10), Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 0])]) }),
  'invalid-utf8.wtsnap': file({ strings: Buffer.from([5, 2, 3, 0x61, 0xff, 0x62]) }),
  'duplicate-string.wtsnap': file({ strings: strings(['src/app.c', 'src/app.c']) }),
  'frame-file-out-of-range.wtsnap': file({ frames: section((s) => { s.varint(1); s.zigzag(9); s.zigzag(42); s.varint(0); s.varint(0); }) }),
  'frame-line-too-big.wtsnap': file({ frames: section((s) => { s.varint(1); s.zigzag(0); s.zigzag(2 ** 32); s.varint(0); s.varint(0); }) }),
  'stack-frame-out-of-range.wtsnap': file({ stacks: section((s) => { s.varint(1); s.varint(1); s.varint(5); }) }),
  'traceback-stack-out-of-range.wtsnap': file({ tracebacks: section((s) => { s.varint(1); s.varint(3); s.varint(2); }) }),
  'trace-traceback-out-of-range.wtsnap': file({ traces: section((s) => { s.varint(2); s.varint(1); s.varint(1); s.varint(2); s.varint(0); s.varint(7); s.varint(16); s.varint(32); }) }),
  'domain-runs-overrun.wtsnap': file({ traces: section((s) => { s.varint(2); s.varint(1); s.varint(1); s.varint(3); s.varint(0); s.varint(0); s.varint(16); s.varint(32); }) }),
  'domain-runs-short.wtsnap': file({ traces: section((s) => { s.varint(2); s.varint(1); s.varint(1); s.varint(1); s.varint(0); s.varint(0); s.varint(16); s.varint(32); }) }),
  'section-unread-bytes.wtsnap': file({ domains: section((s) => { s.varint(0); s.varint(0); }) }),
  'nan-timestamp.wtsnap': file({ header: section((s) => { s.varint(2); s.f64(NaN); }) }),
  'duplicate-frame.wtsnap': file({ frames: section((s) => { s.varint(2); s.zigzag(0); s.zigzag(42); s.varint(0); s.varint(0); s.zigzag(0); s.zigzag(0); s.varint(0); s.varint(0); }) }),
  'duplicate-stack.wtsnap': file({ stacks: section((s) => { s.varint(2); s.varint(1); s.varint(0); s.varint(1); s.varint(0); }) }),
  'duplicate-traceback.wtsnap': file({ tracebacks: section((s) => { s.varint(2); s.varint(0); s.varint(2); s.varint(0); s.varint(2); }) }),
  'missing-metadata.wtsnap': file({ metadata: Buffer.alloc(0) }),
  'assembled-valid-v2.wtsnap': file({}, v2),
  'counts-wrong-length.wtsnap': file({ counts: section((s) => { s.varint(1); s.varint(5); }) }, v2),
  'totals-bad-flag.wtsnap': file({ totals: section((s) => s.varint(2)) }, v2),
  'totals-traceback-out-of-range.wtsnap': file({ totals: section((s) => { s.varint(1); s.varint(1); s.varint(1); s.varint(1); s.varint(1); s.varint(3); s.varint(48); s.varint(3); s.varint(16); s.varint(1); }) }, v2),
  'peak-domain-runs-short.wtsnap': file({ peak: section((s) => { s.varint(1); s.varint(2); s.varint(1); s.varint(1); s.varint(1); s.varint(0); s.varint(0); s.varint(64); s.varint(2); s.varint(64); s.varint(2); }) }, v2),
  'peak-missing.wtsnap': file({ peak: Buffer.alloc(0) }, v2),
  'assembled-valid-v3.wtsnap': file({}, v3),
  'size-classes-too-many.wtsnap': file({ sizes: section((s) => s.varint(70)) }, v3),
  'size-classes-truncated.wtsnap': file({ sizes: section((s) => { s.varint(4); s.varint(0); }) }, v3),
  'size-classes-missing.wtsnap': file({ sizes: Buffer.alloc(0) }, v3),
};
// Files written by earlier releases, kept as they are (not regenerated): they must still load.
const RELEASED = ['release-v1.wtsnap', 'release-v2.wtsnap'];

for (const name of readdirSync(here)) if (name.endsWith('.wtsnap') && !RELEASED.includes(name)) unlinkSync(join(here, name));
const expected = {};
for (const name of RELEASED) corpus[name] = readFileSync(join(here, name));
for (const [name, bytes] of Object.entries(corpus)) {
  if (!RELEASED.includes(name)) writeFileSync(join(here, name), bytes);
  try {
    const snapshot = m.Snapshot.deserialize(new Uint8Array(bytes));
    expected[name] = { ok: true, traces: snapshot.traces.length };
  } catch (e) {
    if (!(e instanceof m.SnapshotFormatError)) throw e;
    expected[name] = { error: e.message };
  }
}
writeFileSync(join(here, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
for (const [name, e] of Object.entries(expected)) console.log(name.padEnd(38), e.error ?? `ok, ${e.traces} traces`);
