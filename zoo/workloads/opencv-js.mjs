// @techstark/opencv-js: OpenCV 4.5 built with Emscripten (embind), the wasm embedded as base64
// in a 7.7 MB UMD script; the app waits for onRuntimeInitialized.
// ZOO_CV_KEEP=1 keeps one 640×480 RGBA Mat alive to exit (1 228 800 B of pixels: the outside check).
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const cv = require('@techstark/opencv-js');
await new Promise((resolve) => { if (cv.Mat) resolve(); else cv.onRuntimeInitialized = resolve; });
const w = 640, h = 480;
const src = new cv.Mat(h, w, cv.CV_8UC4);
for (let i = 0; i < src.data.length; i++) src.data[i] = (i % 4 === 3) ? 255 : ((i >> 2) % w + ((i >> 2) / w | 0) * (i & 3)) & 255;
const gray = new cv.Mat(), blur = new cv.Mat(), edges = new cv.Mat();
cv.cvtColor(src, gray, cv.COLOR_RGBA2GRAY);
cv.GaussianBlur(gray, blur, new cv.Size(5, 5), 1.5);
cv.Canny(blur, edges, 40, 120);
const contours = new cv.MatVector(), hier = new cv.Mat();
cv.findContours(edges, contours, hier, cv.RETR_LIST, cv.CHAIN_APPROX_SIMPLE);
const small = new cv.Mat();
cv.resize(src, small, new cv.Size(160, 120), 0, 0, cv.INTER_AREA);
const digest = createHash('sha256').update(edges.data).update(small.data).digest('hex').slice(0, 16);
console.log('opencv', cv.countNonZero(edges), contours.size(), digest);
for (const m of [gray, blur, edges, hier, small]) m.delete();
contours.delete();
if (!process.env.ZOO_CV_KEEP) src.delete();
