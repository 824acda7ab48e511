// @dimforge/rapier2d-compat: Rust through wasm-bindgen (new naming: __wbindgen_export, _export2…),
// the wasm embedded as base64 in the JS.
import RAPIER from '@dimforge/rapier2d-compat';
await RAPIER.init();
const world = new RAPIER.World({ x: 0, y: -9.81 });
world.createCollider(RAPIER.ColliderDesc.cuboid(20, 0.1));
const bodies = [];
for (let i = 0; i < 60; i++) {
  const body = world.createRigidBody(RAPIER.RigidBodyDesc.dynamic().setTranslation((i % 10) - 5, 1 + Math.floor(i / 10)));
  world.createCollider(i % 2 ? RAPIER.ColliderDesc.ball(0.3) : RAPIER.ColliderDesc.cuboid(0.3, 0.3), body);
  bodies.push(body);
}
for (let step = 0; step < 240; step++) world.step();
const sum = bodies.reduce((s, b) => s + b.translation().y, 0);
console.log('rapier2d', bodies.length, sum.toFixed(3));
world.free();
