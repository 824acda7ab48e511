// tiktoken: Rust through wasm-bindgen (OpenAI's BPE tokenizer); the Node build reads its .wasm beside the JS.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { get_encoding } = require('tiktoken');
const enc = get_encoding('gpt2');
let total = 0;
for (let i = 0; i < 200; i++) total += enc.encode(`hello world number ${i}, the quick brown fox jumps over the lazy dog`).length;
const kept = enc.encode('kept tokens stay alive');
console.log('tokens', total, kept.length);
enc.free();
