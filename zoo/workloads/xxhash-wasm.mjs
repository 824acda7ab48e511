// xxhash-wasm: a hand-written wasm module (no allocator: a static buffer), base64 in the JS.
import xxhash from 'xxhash-wasm';
const { h32, h64 } = await xxhash();
let s = 0; for (let i = 0; i < 1000; i++) s ^= h32('data ' + i);
console.log('xxh', s >>> 0, h64('abc').toString(16));
