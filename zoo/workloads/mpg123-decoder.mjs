// mpg123-decoder: libmpg123 (C) built with Emscripten for wasm-audio-decoders, the wasm embedded
// in its JS compressed (yEnc + deflate) and inflated by @wasm-audio-decoders/common at load.
// Input: workloads/data/tone.mp3 (3 s, 44.1 kHz stereo, 48 kb/s; made by @ffmpeg/core's libmp3lame).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { MPEGDecoder } from 'mpg123-decoder';
const mp3 = readFileSync(new URL('./data/tone.mp3', import.meta.url));
const decoder = new MPEGDecoder();
await decoder.ready;
const h = createHash('sha256');
let samples = 0, rate = 0, errors = 0;
// whole file, then in 1 KiB chunks (the streaming API keeps its state between calls)
for (const chunks of [[mp3], Array.from({ length: Math.ceil(mp3.length / 1024) }, (_, i) => mp3.subarray(i * 1024, (i + 1) * 1024))]) {
  await decoder.reset();
  for (const c of chunks) {
    const r = decoder.decode(c);
    samples += r.samplesDecoded; rate = r.sampleRate; errors += r.errors.length;
    for (const ch of r.channelData) h.update(new Uint8Array(ch.buffer, ch.byteOffset, ch.byteLength));
  }
}
decoder.free();
console.log('mpg123', samples, rate, errors, h.digest('hex').slice(0, 16));
