// ghostty-web: Ghostty's terminal emulator core (Zig, wasm32-freestanding; its allocator behind
// ghostty_wasm_alloc_*/ghostty_wasm_free_* exports), wasm as a base64 data: URL in the ES module,
// fetched and compiled by the glue (fetch(data:) + WebAssembly.compile + instantiate); the
// browser build reads `self.location`, which Node lacks (set as a worker has it). Writes generated escape
// sequences into two terminals (scrollback, colours, resize, alternate screen) and reads cells.
globalThis.self ??= globalThis;
const { Ghostty } = await import('ghostty-web');
import { createHash } from 'node:crypto';
const ghostty = await Ghostty.load();
const h = createHash('sha256');
for (const [cols, rows] of [[80, 24], [132, 50]]) {
  const term = ghostty.createTerminal(cols, rows);
  for (let i = 0; i < 400; i++) term.write(`\x1b[3${i % 8}mline ${i}\x1b[0m \x1b[1m${'x'.repeat(i % 70)}\x1b[0m\r\n`);
  term.write('\x1b[?1049h\x1b[2J\x1b[5;10Halt screen\x1b[?1049l');
  term.resize(cols - 10, rows + 5);
  for (let i = 0; i < 100; i++) term.write(`after resize ${i} \u00e9\u4e2d\r\n`);
  const cells = term.getViewport();
  for (const c of cells) h.update(String.fromCodePoint(c.codepoint || 32));
  const cur = term.getCursor();
  console.log('term', cols, rows, cells.length, cur.x, cur.y);
  term.free();
}
console.log('ghostty', h.digest('hex').slice(0, 16));
