// The one way the tool writes a file that another process (or a later start) may read: snapshots,
// worker threads' snapshots, the instrumented-module cache and its index, the code cache of the
// tool's own script. The bytes go to a temporary file beside the real one, which is then renamed
// over it: a reader, a crash or a full disk never meets a half-written file under the real name
// (the previous whole file stays until the new one is whole). The temporary name is the process's
// and a random part's, so two processes (or two threads of one) writing the same file never share one.
import { fs, path } from './builtins';

/** Writes `parts`, in order, to `file` through a temporary file renamed over it; `mkdir` makes its
 * folder first. Throws what failed, after removing the temporary file. */
export function writeAside(file: string, parts: readonly (string | Uint8Array)[], mkdir = false): void {
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    if (mkdir) fs.mkdirSync(path.dirname(file), { recursive: true });
    const fd = fs.openSync(temporary, 'w');
    try {
      for (const part of parts) {
        const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
        for (let at = 0; at < bytes.length; ) at += fs.writeSync(fd, bytes, at, bytes.length - at);
      }
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      /* the error above is the one to tell */
    }
    throw error;
  }
}
