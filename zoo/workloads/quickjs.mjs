// quickjs-emscripten: QuickJS compiled with Emscripten C -O3 (the release-sync variant), driven
// through quickjs-emscripten-core; ZOO_BUILD=asyncify runs the asyncify build of the same source.
import { newQuickJSWASMModuleFromVariant, newQuickJSAsyncWASMModuleFromVariant } from 'quickjs-emscripten-core';
const asyncify = process.env.ZOO_BUILD === 'asyncify';
const variant = asyncify
  ? (await import('@jitl/quickjs-wasmfile-release-asyncify')).default
  : (await import('@jitl/quickjs-wasmfile-release-sync')).default;
const QuickJS = asyncify ? await newQuickJSAsyncWASMModuleFromVariant(variant) : await newQuickJSWASMModuleFromVariant(variant);
const rt = QuickJS.newRuntime();
const vm = rt.newContext();
let total = 0;
for (let i = 0; i < 50; i++) {
  const r = vm.evalCode(`(() => { const a = []; for (let j = 0; j < 200; j++) a.push({ j, s: "x".repeat(j % 17) + ${i} }); return JSON.stringify(a).length; })()`);
  const h = vm.unwrapResult(r); total += vm.getNumber(h); h.dispose();
}
const kept = vm.evalCode(`globalThis.kept = Array.from({ length: 1000 }, (_, i) => 'kept' + i); kept.length`);
const kh = vm.unwrapResult(kept); const n = vm.getNumber(kh); kh.dispose();
const mem = rt.computeMemoryUsage(); const usage = vm.dump(mem); mem.dispose();
console.log('quickjs', asyncify ? 'asyncify' : 'sync', total, n);
if (process.env.ZOO_QJS_MEM) console.error('quickjs memory', JSON.stringify({ malloc_size: usage.malloc_size, malloc_count: usage.malloc_count, memory_used_size: usage.memory_used_size }));
vm.dispose(); rt.dispose();
