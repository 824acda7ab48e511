// The Node entry of wasm-tracemalloc: everything of index.ts, plus the file system for
// Snapshot.dump()/load() and for the source lines Traceback.format() shows.
import { readFileSync, writeFileSync } from 'node:fs';
import { installFileIO } from './model/file-io';
import { installFileReader } from './model/line-source';

export * from './index';

installFileIO({
  readFile: (path) => {
    const data = readFileSync(path);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  },
  writeFile: (path, bytes) => writeFileSync(path, bytes),
});

installFileReader((filename) => {
  try {
    return readFileSync(filename, 'utf8');
  } catch {
    return undefined;
  }
});
