// hash-wasm: plain clang (no libc allocator: static buffers), the wasm embedded in the JS.
import { md5, sha256, blake3, argon2id } from 'hash-wasm';
const data = new TextEncoder().encode('hash-wasm zoo '.repeat(1000));
console.log('hash-wasm md5', await md5(data));
console.log('hash-wasm sha256', await sha256(data));
console.log('hash-wasm blake3', await blake3(data));
console.log('hash-wasm argon2id', await argon2id({ password: 'zoo', salt: 'saltsaltsalt', parallelism: 1, iterations: 2, memorySize: 512, hashLength: 16, outputType: 'hex' }));
