// lightningcss-wasm: Rust through napi-wasm (export napi_wasm_malloc).
import init, { transform } from 'lightningcss-wasm';
await init();
const rules = Array.from({ length: 300 }, (_, i) => `.c${i} { color: rgb(${i % 256} 0 0 / 50%); margin: ${i}px ${i}px ${i}px ${i}px; display: flex }`).join('\n');
const { code } = transform({ filename: 'zoo.css', code: new TextEncoder().encode(rules), minify: true, targets: { chrome: 80 << 16 } });
console.log('lightningcss', code.length, new TextDecoder().decode(code).slice(0, 60));
