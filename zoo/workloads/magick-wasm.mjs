// @imagemagick/magick-wasm: ImageMagick 7 (C/C++, with its delegates) built with Emscripten;
// the app hands initializeImageMagick the bytes of magick.wasm.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { initializeImageMagick, ImageMagick, MagickFormat, MagickColor, MagickGeometry, MagickReadSettings } from '@imagemagick/magick-wasm';
const require = createRequire(import.meta.url);
await initializeImageMagick(readFileSync(require.resolve('@imagemagick/magick-wasm/magick.wasm')));
const results = [];
// A gradient made here, resized, blurred, rotated and written as PNG then read back.
ImageMagick.read('gradient:red-blue', new MagickReadSettings({ width: 320, height: 240 }), (img) => {
  img.resize(new MagickGeometry(160, 120));
  img.blur(2, 1);
  img.rotate(30);
  img.write(MagickFormat.Png, (png) => {
    results.push(png.length);
    ImageMagick.read(png, (back) => {
      results.push(back.width, back.height);
      back.write(MagickFormat.Rgba, (px) => results.push(createHash('sha256').update(px).digest('hex').slice(0, 16)));
    });
  });
});
ImageMagick.read(new MagickColor('#336699'), 64, 64, (img) => img.write(MagickFormat.Jpeg, (jpg) => results.push(jpg.length)));
console.log('magick', results.join(' '));
