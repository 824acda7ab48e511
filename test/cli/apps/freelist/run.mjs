// node run.mjs O3|Oz: runs the free-list program and prints the allocator's own count of live blocks.
import { readFileSync } from 'node:fs';
const wasm = readFileSync(new URL(`freelist-${process.argv[2]}.wasm`, import.meta.url));
const { instance } = await WebAssembly.instantiate(wasm, {});
const kept = instance.exports.run(30);
console.log(`kept ${kept} words; the allocator counts ${instance.exports.live()} live blocks`);
