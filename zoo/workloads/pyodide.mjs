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
f"{len(s)} {c.most_common(2)} {len(kept)}"
`);
console.log('pyodide', out);
