// harfbuzzjs: Emscripten C++ (HarfBuzz text shaping); shapes text with a system font (DejaVu Sans).
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
const blob = new hb.Blob(readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'));
const face = new hb.Face(blob, 0);
const font = new hb.Font(face);
let glyphs = 0;
for (let i = 0; i < 50; i++) {
  const buffer = new hb.Buffer();
  buffer.addText('Hello, wasm-tracemalloc! ' + i);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  glyphs += buffer.getGlyphInfos().length;
}
console.log('glyphs', glyphs, hb.versionString());
