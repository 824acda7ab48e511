// File access for Snapshot.dump/load. The runtime core must run in a browser, so it has no file
// system; the Node entry (node/index.ts) installs one.
import { TracemallocError } from './errors';

export interface FileIO {
  readFile(path: string): Uint8Array;
  writeFile(path: string, bytes: Uint8Array): void;
}

let installed: FileIO | undefined;

export function installFileIO(io: FileIO | undefined): void {
  installed = io;
}

export function fileIO(method: 'dump' | 'load'): FileIO {
  if (!installed) {
    throw new TracemallocError(
      `Snapshot.${method}() needs a file system: it works in Node (import 'wasm-tracemalloc' there); ` +
        `in a browser use snapshot.serialize() / Snapshot.deserialize(bytes)`,
      'TypeError',
    );
  }
  return installed;
}
