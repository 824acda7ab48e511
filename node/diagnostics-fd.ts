// Node only: the tool's own lines go to file descriptor 2 through the `fs.writeSync` of startup,
// captured before the program runs. Never through `process.stderr` or the program's `fs`: a
// program may patch both (some Go glue routes `fs.writeSync(2, …)` to `process.stderr.write`,
// whose patch writes with fs.writeSync again: a line of ours through either recursed until V8
// died). A write that fails (a closed or non-blocking stderr) drops the line.
import { fs } from './builtins';
import { setDiagnosticSink } from '../runtime/tracer/modules';

const writeSync = fs.writeSync;
let captured = false;

export function captureStderr(): void {
  if (captured) return;
  captured = true;
  setDiagnosticSink((line) => {
    try {
      writeSync(2, `${line}\n`);
    } catch {
      /* EAGAIN on a non-blocking pipe, EBADF: a diagnostic is never worth failing the program */
    }
  });
}
