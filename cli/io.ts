// Where a subcommand writes: stdout for results, stderr for progress and warnings. Colours only
// when the stream is a terminal and NO_COLOR is unset (https://no-color.org); FORCE_COLOR forces
// them on (for people piping into `less -R`). Progress is drawn only on a terminal, so scripts and
// tests see exactly the results and, on failure, exactly one line on stderr.

export interface Writer {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** a terminal's width in characters (Node's tty.WriteStream) */
  columns?: number;
}

export interface Io {
  readonly out: Writer;
  readonly err: Writer;
  readonly color: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export function processIo(): Io {
  // `wasm-tracemalloc top x | head`: the reader went away; stop quietly, as Unix tools do
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  return { out: process.stdout, err: process.stderr, color: wantsColor(process.stdout, process.env), env: process.env, cwd: process.cwd() };
}

export function wantsColor(stream: Writer, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const SGR = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36 } as const;
export type Style = keyof typeof SGR;

export function paint(io: Pick<Io, 'color'>, style: Style, text: string): string {
  return io.color ? `\x1b[${SGR[style]}m${text}\x1b[0m` : text;
}

export function println(io: Io, line = ''): void {
  io.out.write(line + '\n');
}

/** A one-line progress indicator on stderr (terminals only); `done()` erases it. */
export class Progress {
  private shown = false;
  private readonly enabled: boolean;
  constructor(private readonly io: Io) {
    this.enabled = io.err.isTTY === true && io.env.CI === undefined;
  }
  update(message: string): void {
    if (!this.enabled) return;
    this.io.err.write(`\r\x1b[2K${paint({ color: this.io.color }, 'dim', `wasm-tracemalloc: ${message}…`)}`);
    this.shown = true;
  }
  done(): void {
    if (this.shown) this.io.err.write('\r\x1b[2K');
    this.shown = false;
  }
}
