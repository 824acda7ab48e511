// A/B of tracer cores on the anchors' program, in one process as overhead.bench.mjs times variants:
// every core on the same instrumented module, interleaved rounds after a warm-up, medians, and each
// core minus the second variant paired per round (bench/README.md, "core21"). A dev tool.
//   KEEP=dir node bench/core-placement.mjs     (once: dir/orig.wasm)
//   node bench/core-ab.mjs dir rounds nframe base main=a.wasm new=b.wasm [real]
// a.wasm, b.wasm: compiled tracer-core.wat (build-wasm.mjs's compileWat); "base": the original
// module; "real": the tool's own tracer (tracemalloc.start + instantiate). ARGS: the program's.
import v8 from 'node:v8';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
v8.setFlagsFromString('--no-turbo-fast-api-calls');
const [dir, roundsArg, nf, ...specs] = process.argv.slice(2);
const root = new URL('..', import.meta.url).pathname;
const tracemalloc = await import(`${root}/dist/node/index.js`);
const { instrument } = await import(`${root}/dist/instrument/index.js`);
const nframe = Number(nf);
const orig = readFileSync(`${dir}/orig.wasm`);
const base = new WebAssembly.Module(orig);
const mod = new WebAssembly.Module(instrument(new Uint8Array(orig)).bytes);
const ARGS = (process.env.ARGS ?? '14 1000000').split(' ');
const variants = specs.map((s) => {
  const [name, path] = s.split('=');
  const cm = path ? new WebAssembly.Module(readFileSync(path)) : null;
  return { name, run: async () => {
    const fd = openSync('/dev/null', 'w');
    const wasi = new WASI({ version: 'preview1', args: ['prog', ...ARGS], env: {}, stdout: fd, returnOnExit: true });
    const imports = wasi.getImportObject();
    let inst, core, extra = '';
    if (name === 'base') inst = await WebAssembly.instantiate(base, imports);
    else if (name === 'real') { tracemalloc.start(nframe); inst = await tracemalloc.instantiate(mod, imports, { name: 'trees.wasm' }); }
    else {
      const g = () => new WebAssembly.Global({ value: 'i64', mutable: true }, 0n);
      core = new WebAssembly.Instance(cm, { host: { total_current: g(), total_peak: g(), total_copied: g(), peak_moment() {}, invalid() {}, arm() {}, js_frames: () => 0 } }).exports;
      core.set_nframe(nframe); core.solo.value = 1;
      const i32 = (v) => new WebAssembly.Global({ value: 'i32', mutable: true }, v);
      inst = await WebAssembly.instantiate(mod, { ...imports, 'wasm-tracemalloc': { ...core, tracing: i32(nframe), depth: i32(0) } });
    }
    const u0 = process.cpuUsage();
    const code = wasi.start(inst);
    const u = process.cpuUsage(u0);
    closeSync(fd);
    if (name === 'real') { extra = tracemalloc.getTracedMemory().join(' '); tracemalloc.stop(); for (const s of [...tracemalloc.getSources()]) if (s.domain > 0) tracemalloc.unregisterSource(s); }
    else if (core) extra = `${core.current.value} ${core.peak.value}`;
    if (code !== 0) throw new Error('exit ' + code);
    return { t: (u.user + u.system) / 1000, extra };
  } };
});
const times = Object.fromEntries(variants.map((v) => [v.name, []]));
for (const v of variants) { const r = await v.run(); console.error(v.name, 'warm-up', r.extra); }
const R = Number(roundsArg);
for (let i = 0; i < R; i++) for (let k = 0; k < variants.length; k++) { const v = variants[(k + i) % variants.length]; times[v.name].push((await v.run()).t); }
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const b = times.base ? med(times.base) : null;
for (const [k, v] of Object.entries(times)) console.log(`${k.padEnd(8)} median ${med(v).toFixed(1)} min ${Math.min(...v).toFixed(1)}${b ? `  ${(med(v) / b).toFixed(3)}x` : ''}  [${v.map((x) => x.toFixed(0)).join(' ')}]`);
// paired: per round, each variant minus the reference (the second variant), median of the differences
const names = Object.keys(times); const ref = names[1];
for (const k of names) if (k !== ref) {
  const d = times[k].map((x, i) => x - times[ref][i]);
  const s = [...d].sort((a, b) => a - b);
  console.log(`${k.padEnd(8)} - ${ref}: paired median ${med(d).toFixed(1)} ms (quartiles ${s[s.length >> 2].toFixed(1)} .. ${s[(3 * s.length) >> 2].toFixed(1)})`);
}
