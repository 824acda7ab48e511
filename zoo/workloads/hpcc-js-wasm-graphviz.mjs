// @hpcc-js/wasm-graphviz: Emscripten C/C++ (Graphviz), the wasm embedded in the JS.
import { createHash } from 'node:crypto';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
const graphviz = await Graphviz.load();
const edges = Array.from({ length: 120 }, (_, i) => `n${i} -> n${(i * 7 + 3) % 60} [label="e${i}"];`).join('\n');
const svg = graphviz.dot(`digraph G { rankdir=LR; ${edges} }`);
const plain = graphviz.layout('graph { a -- b -- c -- a; c -- d }', 'plain', 'neato');
console.log('graphviz', svg.length, createHash('sha256').update(svg).digest('hex').slice(0, 16), plain.split('\n')[0]);
