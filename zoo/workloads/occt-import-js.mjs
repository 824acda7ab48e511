// occt-import-js: OpenCascade (C++) built with Emscripten and -fwasm-exceptions (a Tag section),
// embind functions; reads STEP, BREP and IGES test files the package ships and triangulates them.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const require = createRequire(import.meta.url);
const occt = await require('occt-import-js')();
const dir = require.resolve('occt-import-js/package.json').replace(/package\.json$/, 'test/testfiles/');
const out = [];
const h = createHash('sha256');
for (const [fn, file] of [['ReadStepFile', 'simple-basic-cube/cube.stp'], ['ReadStepFile', 'rounded-cube/rounded-cube.step'], ['ReadStepFile', 'cax-if/as1_pe_203.stp'], ['ReadBrepFile', 'cax-if-brep/as1_pe_203.brep'], ['ReadStepFile', 'conical-surface/conical-surface.step']]) {
  const r = occt[fn](readFileSync(dir + file), { linearDeflectionType: 'bounding_box_ratio', linearDeflection: 0.01 });
  const tris = r.meshes.reduce((n, m) => n + m.index.array.length / 3, 0);
  for (const m of r.meshes) h.update(Float32Array.from(m.attributes.position.array).map(Math.fround));
  out.push(`${file.split('/').pop()}:${r.success}:${r.meshes.length}:${tris}`);
}
let bad = occt.ReadStepFile(new TextEncoder().encode('ISO-10303-21;\nnot a step file'), null);
console.log('occt', out.join(' '), bad.success, h.digest('hex').slice(0, 16));
