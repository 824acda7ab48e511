// binaryen: Binaryen itself (C++) through Emscripten, a 14 MB ES module with the wasm embedded
// and top-level await: builds a module, optimizes it at -O3, emits the binary and the text.
import binaryen from 'binaryen';
let bytes = 0, text = '';
for (let r = 0; r < 5; r++) {
  const m = new binaryen.Module();
  for (let f = 0; f < 40; f++) {
    const x = m.local.get(0, binaryen.i32);
    m.addFunction(`f${f}`, binaryen.createType([binaryen.i32]), binaryen.i32, [binaryen.i32],
      m.block(null, [
        m.local.set(1, m.i32.mul(x, m.i32.const(f + r))),
        m.if(m.i32.gt_s(m.local.get(1, binaryen.i32), m.i32.const(100)), m.return(m.i32.sub(m.local.get(1, binaryen.i32), m.i32.const(f))), m.nop()),
        m.return(m.i32.add(m.local.get(1, binaryen.i32), x)),
      ], binaryen.i32));
    m.addFunctionExport(`f${f}`, `f${f}`);
  }
  binaryen.setOptimizeLevel(3);
  m.optimize();
  if (!m.validate()) throw new Error('invalid');
  bytes += m.emitBinary().length;
  text = m.emitText();
  m.dispose();
}
console.log('binaryen', bytes, text.split('\n').length);
