// mediainfo.js: MediaInfoLib (C++) through Emscripten with embind, MODULARIZE + EXPORT_ES6 glue
// (an `async function Module`, `import.meta.url`, createRequire); the .wasm read beside it.
// Analyses the zoo's MP3 three times through the chunked reader, and a WAV made here.
import mediaInfoFactory from 'mediainfo.js';
import { readFileSync } from 'node:fs';
const mp3 = readFileSync(new URL('./data/tone.mp3', import.meta.url));
const rate = 8000, n = rate; // one second of a 440 Hz tone, 16-bit mono
const wav = Buffer.alloc(44 + 2 * n);
wav.write('RIFF', 0); wav.writeUInt32LE(36 + 2 * n, 4); wav.write('WAVEfmt ', 8);
wav.writeUInt32LE(16, 16); wav.writeUInt16LE(1, 20); wav.writeUInt16LE(1, 22);
wav.writeUInt32LE(rate, 24); wav.writeUInt32LE(2 * rate, 28); wav.writeUInt16LE(2, 32); wav.writeUInt16LE(16, 34);
wav.write('data', 36); wav.writeUInt32LE(2 * n, 40);
for (let i = 0; i < n; i++) wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + 2 * i);
const mi = await mediaInfoFactory({ format: 'object', chunkSize: 4096 });
const describe = async (bytes) => {
  const r = await mi.analyzeData(bytes.length, (size, offset) => bytes.subarray(offset, offset + size));
  return r.media.track.map((t) => `${t['@type']}:${t.Format ?? '-'}:${t.SamplingRate ?? t.FileSize ?? '-'}`).join(',');
};
for (let i = 0; i < 3; i++) console.log('mp3', i, await describe(mp3));
console.log('wav', await describe(wav));
mi.close();
