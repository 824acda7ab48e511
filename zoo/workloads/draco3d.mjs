// draco3d: Google's Draco mesh codec (C++), Emscripten with the old (2019-era) glue and the
// WebIDL binder; the Node build reads draco_encoder.wasm / draco_decoder.wasm beside its JS.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const draco3d = require('draco3d');
const decoderModule = await draco3d.createDecoderModule({});
const encoderModule = await draco3d.createEncoderModule({});
// Decode the bunny the package ships, then encode it again and decode the result.
function decode(bytes) {
  const decoder = new decoderModule.Decoder();
  const buffer = new decoderModule.DecoderBuffer();
  buffer.Init(new Int8Array(bytes), bytes.byteLength);
  const mesh = new decoderModule.Mesh();
  const status = decoder.DecodeBufferToMesh(buffer, mesh);
  if (!status.ok()) throw new Error(status.error_msg());
  const faces = mesh.num_faces(), points = mesh.num_points();
  const pos = decoder.GetAttribute(mesh, decoder.GetAttributeId(mesh, decoderModule.POSITION));
  const arr = new decoderModule.DracoFloat32Array();
  decoder.GetAttributeFloatForAllPoints(mesh, pos, arr);
  const coords = new Float32Array(arr.size());
  for (let i = 0; i < coords.length; i++) coords[i] = arr.GetValue(i);
  const idx = new decoderModule.DracoInt32Array();
  const indices = new Uint32Array(faces * 3);
  for (let f = 0; f < faces; f++) { decoder.GetFaceFromMesh(mesh, f, idx); for (let k = 0; k < 3; k++) indices[f * 3 + k] = idx.GetValue(k); }
  decoderModule.destroy(idx); decoderModule.destroy(arr); decoderModule.destroy(mesh);
  decoderModule.destroy(buffer); decoderModule.destroy(decoder);
  return { faces, points, coords, indices };
}
const bunny = decode(readFileSync(require.resolve('draco3d/bunny.drc')));
const encoder = new encoderModule.Encoder();
const builder = new encoderModule.MeshBuilder();
const mesh = new encoderModule.Mesh();
builder.AddFacesToMesh(mesh, bunny.faces, bunny.indices);
builder.AddFloatAttributeToMesh(mesh, encoderModule.POSITION, bunny.points, 3, bunny.coords);
encoder.SetSpeedOptions(5, 5);
encoder.SetAttributeQuantization(encoderModule.POSITION, 14);
const out = new encoderModule.DracoInt8Array();
const len = encoder.EncodeMeshToDracoBuffer(mesh, out);
const encoded = new Int8Array(len);
for (let i = 0; i < len; i++) encoded[i] = out.GetValue(i);
encoderModule.destroy(out); encoderModule.destroy(mesh); encoderModule.destroy(builder); encoderModule.destroy(encoder);
const again = decode(encoded);
let h = 0;
for (const v of again.indices) h = (h * 31 + v) >>> 0;
console.log('draco', bunny.faces, bunny.points, len, again.faces, again.points, h);
