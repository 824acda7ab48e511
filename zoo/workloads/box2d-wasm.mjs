// box2d-wasm: Box2D (C++) through Emscripten's WebIDL binder (not embind), the SIMD build; its
// older glue would fetch() a path in Node 20, so the app hands it the bytes (wasmBinary).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const Box2DFactory = require('box2d-wasm');
const box2D = await Box2DFactory({ wasmBinary: readFileSync(require.resolve('box2d-wasm/dist/umd/Box2D.simd.wasm')) });
const { b2World, b2Vec2, b2BodyDef, b2PolygonShape, b2_dynamicBody, destroy } = box2D;
const gravity = new b2Vec2(0, -10);
const world = new b2World(gravity);
const ground = world.CreateBody(new b2BodyDef());
const groundShape = new b2PolygonShape(); groundShape.SetAsBox(50, 1);
ground.CreateFixture(groundShape, 0);
const bodies = [];
for (let i = 0; i < 60; i++) {
  const bd = new b2BodyDef(); bd.set_type(b2_dynamicBody); bd.set_position(new b2Vec2((i % 10) * 1.1 - 5, 2 + Math.floor(i / 10) * 1.1));
  const body = world.CreateBody(bd); destroy(bd);
  const shape = new b2PolygonShape(); shape.SetAsBox(0.5, 0.5);
  body.CreateFixture(shape, 1); destroy(shape);
  bodies.push(body);
}
for (let s = 0; s < 240; s++) world.Step(1 / 60, 8, 3);
for (const b of bodies.slice(30)) world.DestroyBody(b);
const y = bodies.slice(0, 30).reduce((a, b) => a + b.GetPosition().get_y(), 0);
console.log('box2d', world.GetBodyCount(), y.toFixed(3));
