// A real workload: Node's own zlib (compiled into the node executable, reached through node's
// PLT) shows up in domain 0 with zlib's function names — from a stream on the main thread, and
// from zlib.deflateSync on large inputs running on a worker thread while the main thread takes
// snapshots.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tracer from '../../runtime/tracer/index';
import type { Snapshot } from '../../runtime/model/snapshot';
import { buildFixture, ensureNativeBuilt } from './helpers';

ensureNativeBuilt();
const native = await import('../../native/index');

/** Domain-0 traces with a frame in a zlib deflate function (deflateInit2_, deflate, …). */
function zlibTraces(snapshot: Snapshot) {
  return [...snapshot.traces].filter(
    (t) => t.domain === 0 && [...t.traceback].some((f) => /^deflate/.test(f.functionName ?? '')),
  );
}

function incompressible(bytes: number): Buffer {
  const buf = Buffer.alloc(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    buf[i] = (x >>> 24) & (i % 3 === 0 ? 0xff : 0x0f); // half-compressible: deflate has work to do
  }
  return buf;
}

let fixturePath = '';

beforeAll(() => {
  expect(native.available, native.reason).toBe(true);
  fixturePath = buildFixture();
  native.start(16);
});

afterAll(() => native.stop());

describe('zlib under the native hook', () => {
  it('a deflate stream: its state is traced with zlib function names', async () => {
    const stream = zlib.createDeflate({ level: 9 });
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.write(incompressible(1 << 20));
    await new Promise<void>((resolve) => stream.flush(() => resolve()));
    const mine = zlibTraces(tracer.takeSnapshot());
    expect(mine.length).toBeGreaterThan(0);
    const names = new Set(mine.flatMap((t) => [...t.traceback].map((f) => f.functionName ?? '')));
    expect([...names].some((n) => n.startsWith('deflateInit'))).toBe(true);
    // Frames with no line read `object:function`.
    const frame = mine[0]!.traceback[[...mine[0]!.traceback].findIndex((f) => /^deflate/.test(f.functionName ?? ''))]!;
    expect(frame.lineno > 0 || frame.filename.endsWith(`:${frame.functionName}`)).toBe(true);
    stream.end();
    await new Promise((resolve) => stream.on('end', resolve).resume());
  });

  it('zlib.deflateSync on large inputs, on a worker thread, shows deflate frames', async () => {
    // The worker compresses 4 MiB inputs in a loop until told to stop; the main thread takes
    // snapshots until one catches a deflate state alive (each lives for the whole compression).
    const control = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads');
       const zlib = require('node:zlib');
       const control = workerData.control;
       const input = Buffer.alloc(4 << 20);
       let x = 1;
       for (let i = 0; i < input.length; i++) { x = (x * 1103515245 + 12345) >>> 0; input[i] = (x >>> 24) & 0x3f; }
       Atomics.store(control, 0, 1);
       while (Atomics.load(control, 1) === 0) { zlib.deflateSync(input, { level: 9 }); Atomics.add(control, 0, 1); }`,
      { eval: true, workerData: { control } },
    );
    try {
      while (Atomics.load(control, 0) === 0) await new Promise((r) => setTimeout(r, 5));
      let found: ReturnType<typeof zlibTraces> = [];
      // The state is alive for nearly all of each run, so almost every snapshot catches one;
      // bounded by attempts, not by time.
      for (let attempt = 0; found.length === 0 && attempt < 200; attempt++) {
        found = zlibTraces(tracer.takeSnapshot());
        if (!found.length) await new Promise((r) => setTimeout(r, 1));
      }
      expect(found.length).toBeGreaterThan(0);
      const names = new Set(found.flatMap((t) => [...t.traceback].map((f) => f.functionName ?? '')));
      expect([...names].some((n) => /^deflateInit/.test(n))).toBe(true);
    } finally {
      Atomics.store(control, 1, 1);
      await new Promise((resolve) => worker.once('exit', resolve));
    }
  });

  it("the system's libz, dlopen()ed by an addon while tracing: frames read libz.so.1:function", () => {
    const fixture = createRequire(import.meta.url)(fixturePath) as { gzHold(): number; gzRelease(h: number): void };
    const handle = fixture.gzHold(); // dlopen("libz.so.1") from native code, then gzopen + gzwrite
    expect(native.hookInfo().objects.some((o) => /\/libz\.so\.1/.test(o))).toBe(true);
    const inLibz = (snap: Snapshot) =>
      [...snap.traces].filter((t) => t.domain === 0 && [...t.traceback].some((f) => f.filename.startsWith('libz.so.1:')));
    const held = inLibz(tracer.takeSnapshot());
    expect(held.length).toBeGreaterThan(0);
    const names = held.flatMap((t) => [...t.traceback].map((f) => f.filename));
    // Stripped libz (no line info, no .symtab): exported functions by name, static ones by offset.
    expect(names.some((n) => /^libz\.so\.1:gz\w+$/.test(n))).toBe(true); // gzwrite, gzopen…
    expect(names.filter((n) => n.startsWith('libz.so.1:')).every((n) => /^libz\.so\.1:(\w+|0x[0-9a-f]+)$/.test(n))).toBe(true);
    fixture.gzRelease(handle);
    expect(inLibz(tracer.takeSnapshot()).length).toBe(0);
  });
});
