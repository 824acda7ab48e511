// canvaskit-wasm: Skia built with Emscripten (C++ with embind); the glue reads canvaskit.wasm beside it.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const CanvasKitInit = require('canvaskit-wasm');
const CK = await CanvasKitInit();
const surface = CK.MakeSurface(320, 240);
const canvas = surface.getCanvas();
const paint = new CK.Paint();
paint.setAntiAlias(true);
let total = 0;
for (let i = 0; i < 30; i++) {
  canvas.clear(CK.WHITE);
  const pb = new CK.PathBuilder();
  for (let j = 0; j < 200; j++) pb.lineTo((j * 37 + i) % 320, (j * 53 + i * 7) % 240);
  pb.close();
  const path = pb.detachAndDelete();
  paint.setColor(CK.Color(i * 8, 100, 200, 1));
  canvas.drawPath(path, paint);
  canvas.drawCircle(160, 120, 20 + i, paint);
  path.delete();
  const img = surface.makeImageSnapshot();
  const png = img.encodeToBytes();
  total += png.length;
  img.delete();
}
const img = surface.makeImageSnapshot();
const last = img.encodeToBytes();
console.log('canvaskit', total, createHash('sha256').update(last).digest('hex').slice(0, 16));
img.delete();
paint.delete();
surface.delete();
