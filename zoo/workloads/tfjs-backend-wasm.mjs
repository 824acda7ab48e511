// @tensorflow/tfjs-backend-wasm: TensorFlow.js kernels in Emscripten C++ (XNNPACK), the SIMD
// build without threads (WASM_HAS_MULTITHREAD_SUPPORT off: no shared memory, no workers).
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs-core');
const { setWasmPaths } = require('@tensorflow/tfjs-backend-wasm');
setWasmPaths(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm').replace(/[^/]*$/, ''));
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
await tf.setBackend('wasm');
await tf.ready();
let sum = 0;
for (let i = 0; i < 20; i++) {
  const s = tf.tidy(() => {
    const a = tf.tensor2d(Array.from({ length: 64 * 64 }, (_, k) => ((k * 31 + i) % 17) / 17), [64, 64]);
    const b = tf.conv2d(tf.reshape(a, [1, 64, 64, 1]), tf.ones([3, 3, 1, 4]), 1, 'same');
    return tf.add(tf.sum(tf.relu(tf.matMul(a, a))), tf.sum(b));
  });
  sum += (await s.data())[0];
  s.dispose();
}
const kept = tf.ones([256, 256]);
console.log('tfjs', tf.getBackend(), sum.toFixed(1), kept.size, tf.memory().numTensors);
