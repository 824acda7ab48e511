// pyodide: CPython 3.14 built with Emscripten as a MAIN_MODULE (dylink.0); the glue reads pyodide.asm.wasm
// and python_stdlib.zip beside it.
import { loadPyodide } from 'pyodide';
const py = await loadPyodide();
const out = py.runPython(`
import json, re, collections
d = {str(i): [i] * (i % 7) for i in range(20000)}
s = json.dumps(d)
c = collections.Counter(re.findall(r'\\d', s))
kept = [bytes(100) for _ in range(1000)]
big = [bytes(100_000 + i) for i in range(50)]
f"{len(s)} {c.most_common(2)} {len(kept)} {len(big)}"
`);
console.log('pyodide', out);
// Python's own accounting of the 50 big objects kept (sys.getsizeof: header + payload), to check
// the traced blocks against: ZOO_PY_MEM=1.
if (process.env.ZOO_PY_MEM) console.error('python getsizeof', py.runPython('import sys; [sys.getsizeof(b) for b in big]').toJs().join(','));
