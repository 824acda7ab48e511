// esbuild-wasm: Go (the Go runtime manages its own heap in linear memory).
import * as esbuild from 'esbuild-wasm';
const source = Array.from({ length: 200 }, (_, i) => `export const v${i}: number = ${i} * 2; function f${i}(a: string) { return a + ${i} }`).join('\n');
const out = await esbuild.transform(source, { loader: 'ts', minify: true });
console.log('esbuild', out.code.length, out.code.slice(0, 40));
await esbuild.stop();
