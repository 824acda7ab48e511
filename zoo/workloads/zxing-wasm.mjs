// zxing-wasm: Emscripten C++ with embind (zxing-cpp), its full build writes a QR code and reads it back.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, writeBarcode, readBarcodes } from 'zxing-wasm/full';
const require = createRequire(import.meta.url);
prepareZXingModule({ overrides: { wasmBinary: readFileSync(require.resolve('zxing-wasm/full/zxing_full.wasm')).buffer } });
const out = await writeBarcode('hello from the wasm-tracemalloc zoo', { format: 'QRCode', scale: 2 });
const png = new Uint8Array(await out.image.arrayBuffer());
const found = await readBarcodes(png, { formats: ['QRCode'] });
console.log('zxing', out.error === '', found.length, found[0]?.format, JSON.stringify(found[0]?.text));
