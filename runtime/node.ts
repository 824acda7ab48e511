// The Node entry of wasm-tracemalloc: everything of index.ts, plus the file system for
// Snapshot.dump()/load() and for the source lines Traceback.format() shows.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { captureStderr } from './diagnostics-fd';
import { installFileIO } from './model/file-io';
import { installFileReader } from './model/line-source';

export * from './index';

captureStderr(); // our diagnostics through fd 2 as it was at startup (diagnostics-fd.ts)

installFileIO({
  readFile: (path) => {
    const data = readFileSync(path);
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  },
  // write aside, then rename: a crash or a full disk never leaves a half-written snapshot under
  // the real name (a reader would reject it, but the previous good file would be gone)
  writeFile: (path, bytes) => {
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, bytes);
      renameSync(tmp, path);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  },
});

installFileReader((filename) => {
  try {
    return readFileSync(filename, 'utf8');
  } catch {
    return undefined;
  }
});
