// The README's "From code" example, step for step, on a real module (the Rust fixture): if the
// README's API drifts from the code, or the example stops naming the right line, this fails.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as tracemalloc from '../runtime/index';
import { instrument } from '../instrument/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  afterEach(() => tracemalloc.stop());

  it('shows the API calls this test makes', () => {
    for (const call of ['instrument(wasmBytes).bytes', 'tracemalloc.start(16)', 'tracemalloc.instantiate(traced, imports,',
      'tracemalloc.takeSnapshot()', "snapshot.statistics('lineno')"]) {
      expect(readme).toContain(call);
    }
  });

  it("'from code' example names the Rust fixture's leak by file:line", async () => {
    const wasmBytes = new Uint8Array(readFileSync(join(root, 'fixtures/rust/lib.wasm')));
    const traced = instrument(wasmBytes).bytes;
    tracemalloc.start(16);
    let memory: WebAssembly.Memory | undefined;
    let out = '';
    const checkpoints: number[] = [];
    const imports = {
      env: {
        checkpoint: (n: number) => { checkpoints.push(n); },
        print: (ptr: number, len: number) => {
          out += new TextDecoder().decode(new Uint8Array(memory!.buffer, ptr >>> 0, len >>> 0));
        },
      },
    };
    const { instance } = await tracemalloc.instantiate(traced, imports, { name: 'app.wasm' });
    memory = instance.exports.memory as WebAssembly.Memory;
    (instance.exports.run as () => void)();
    const snapshot = tracemalloc.takeSnapshot();
    const lines = snapshot.statistics('lineno').slice(0, 10).map(String);

    const manifest = JSON.parse(readFileSync(join(root, 'fixtures/rust/manifest.json'), 'utf8'));
    const atExit = manifest.checkpoints[manifest.checkpoints.length - 1].live as { file: string; line: number; count: number; bytes: number }[];
    expect(checkpoints.length).toBe(manifest.checkpoints.length);
    expect(out.length).toBeGreaterThan(0);
    expect(lines).toEqual(atExit.map((l) => `${l.file}:${l.line}: size=${tracemalloc.formatSize(l.bytes, false)}, count=${l.count}, average=${tracemalloc.formatSize(l.bytes / l.count, false)}`));
  });
});
