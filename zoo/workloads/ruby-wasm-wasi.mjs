// @ruby/3.4-wasm-wasi: CRuby 3.4 built for WASI (wasi-libc's malloc, asyncify for its GC and fibers), run through node:wasi by @ruby/wasm-wasi.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DefaultRubyVM } from '@ruby/wasm-wasi/dist/node';
const require = createRequire(import.meta.url);
// ZOO_BUILD=debug: the package's debug build of the same Ruby (a name section), the independent measure
const file = process.env.ZOO_BUILD === 'debug' ? 'ruby.debug+stdlib.wasm' : 'ruby+stdlib.wasm';
const module = await WebAssembly.compile(readFileSync(require.resolve(`@ruby/3.4-wasm-wasi/dist/${file}`)));
const { vm } = await DefaultRubyVM(module);
const out = vm.eval(`
  words = (1..2000).map { |i| "word#{i % 97}" }
  counts = words.tally.sort_by { |w, n| [-n, w] }.first(3)
  fib = Enumerator.new { |y| a, b = 0, 1; loop { y << a; a, b = b, a + b } }.take(30).last
  GC.start
  "#{RUBY_VERSION} #{counts.map { |w, n| "#{w}=#{n}" }.join(",")} #{fib}"
`).toString();
console.log('ruby', out);
