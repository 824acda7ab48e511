// wasm-vips: Emscripten C/C++ with pthreads (a shared memory, workers); libvips image processing.
import Vips from 'wasm-vips';
const vips = await Vips({ dynamicLibraries: [] });
const im = vips.Image.black(200, 100).add(128);
const png = im.writeToBuffer('.png');
const back = vips.Image.newFromBuffer(png);
console.log('vips', back.width, back.height, back.avg().toFixed(1), png.length > 0);
im.delete(); back.delete();
vips.shutdown?.();
