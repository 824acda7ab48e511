// The CLI's one error class. Everything a user can get wrong (an option, a path, a damaged file)
// becomes a CliError whose message quotes the bad value; main() prints it on one line and exits 2.

export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(message: string, readonly exitCode: 1 | 2 = 2) {
    super(message);
  }
}

/** Errors of the layers below (SnapshotFormatError, InstrumentError, TracemallocError, fs errors)
 * already quote what is wrong; the CLI keeps their message and drops the stack. */
export function oneLine(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const path = (error as NodeJS.ErrnoException).path;
    if (code === 'ENOENT' && path) return `no such file or directory: '${path}'`;
    if (code === 'EISDIR' && path) return `'${path}' is a directory, expected a file`;
    if (code === 'EACCES' && path) return `permission denied: '${path}'`;
    return error.message.split('\n').filter((l) => l.trim() !== '').join(' ').trim() || error.name;
  }
  return String(error);
}
