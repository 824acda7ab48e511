// @ffmpeg/core: FFmpeg 6 (C, with libx264, libmp3lame, …) built with Emscripten, single-threaded,
// a 32 MB module with minified exports; its glue is built for browsers and workers only, so the
// app gives it what a worker has (`self`, `location`) and the bytes (`wasmBinary`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
globalThis.self ??= globalThis;
globalThis.location ??= { href: import.meta.url };
const require = createRequire(import.meta.url);
const createFFmpegCore = require('@ffmpeg/core');
const core = await createFFmpegCore({ wasmBinary: readFileSync(require.resolve('@ffmpeg/core/wasm')) });
const run = (...args) => { core.reset(); return core.exec('-hide_banner', '-loglevel', 'error', '-bitexact', ...args); };
const rets = [
  run('-f', 'lavfi', '-i', 'sine=frequency=440:duration=2:sample_rate=22050', '-c:a', 'libmp3lame', '-b:a', '32k', 'tone.mp3'),
  run('-f', 'lavfi', '-i', 'testsrc=size=160x120:rate=10:duration=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-threads', '1', '-pix_fmt', 'yuv420p', 'clip.mp4'),
  run('-i', 'clip.mp4', '-vf', 'scale=80:60', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'frames.rgb'),
  run('-i', 'tone.mp3', '-f', 's16le', '-ac', '1', 'tone.pcm'),
];
const h = (f) => { const b = core.FS.readFile(f); return `${f} ${b.length} ${createHash('sha256').update(b).digest('hex').slice(0, 12)}`; };
console.log('ffmpeg', rets.join(','), ['tone.mp3', 'clip.mp4', 'frames.rgb', 'tone.pcm'].map(h).join(' | '));
