// rhino3dm: OpenNURBS (C++) built with Emscripten and embind (RhinoCommon-style classes); the
// package's default 32-bit build (it also ships a memory64 one, which Node 20 cannot run).
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const rhino = await require('rhino3dm')();
const doc = new rhino.File3dm();
for (let i = 0; i < 200; i++) {
  const c = new rhino.Circle([i, 0, 0], 1 + (i % 5));
  doc.objects().addCircle(c, null);
  const curve = rhino.NurbsCurve.createFromCircle(c);
  doc.objects().add(curve, null);
  doc.objects().addPoint([i, -i, i], null);
  const sphere = new rhino.Sphere([i, 2 * i, 0], 2);
  const brep = sphere.toBrep();
  doc.objects().add(brep, null);
  c.delete?.(); curve.delete(); brep.delete();
}
const bytes = doc.toByteArray();
const back = rhino.File3dm.fromByteArray(bytes);
const box = back.objects().getBoundingBox();
console.log('rhino3dm', doc.objects().count, back.objects().count, bytes.length > 0, [box.min, box.max].map((p) => p.map((v) => v.toFixed(3)).join(',')).join(' / '), createHash('sha256').update(String(back.objects().count)).digest('hex').slice(0, 8));
back.delete(); doc.delete();
