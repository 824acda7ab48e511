// manifold-3d: Emscripten C++ with embind, minified (closure) exports.
import Module from 'manifold-3d';
const wasm = await Module();
wasm.setup();
const { Manifold } = wasm;
const cube = Manifold.cube([2, 2, 2], true);
const sphere = Manifold.sphere(1.3, 48);
const diff = cube.subtract(sphere);
const holes = [0, 1, 2].map((axis) => Manifold.cylinder(3, 0.4, 0.4, 32, true).rotate(axis === 0 ? [0, 90, 0] : axis === 1 ? [90, 0, 0] : [0, 0, 0]));
let part = diff;
for (const h of holes) part = part.subtract(h);
const mesh = part.getMesh();
console.log('manifold', part.volume().toFixed(4), part.surfaceArea().toFixed(4), mesh.numTri, mesh.numVert);
for (const m of [cube, sphere, diff, ...holes]) m.delete();
