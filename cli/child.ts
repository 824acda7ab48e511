// Running the user's program under the tracer, without changing it: `node --import
// <this package>/dist/runtime/register.js` through NODE_OPTIONS (so `npm start`, `npx vitest` and
// child processes are traced too), configured by the environment of the runtime issue:
//   WASM_TRACEMALLOC=<nframe>            start tracing with nframe frames (PYTHONTRACEMALLOC)
//   WASM_TRACEMALLOC_SNAPSHOT=<path>     write a snapshot there at exit and on SIGUSR2
//   WASM_TRACEMALLOC_NATIVE=1            also trace the process's own malloc (native hook, domain 0)
// Snapshots during the run are asked for with SIGUSR2 and read back when the file changes. A
// second, inline preload (a data: URL, run after register.js has installed its handlers) writes
// the ready Node process's pid to a file: only that process is signalled, and only once it is
// ready — SIGUSR2 kills a process that has no handler (a shell, or Node still loading Binaryen).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Snapshot } from '../runtime/node';
import { CliError } from './errors';

/** The package root: the nearest folder up from this file whose package.json is ours. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'wasm-tracemalloc') return dir;
      } catch {
        /* not ours: keep going up */
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new CliError('cannot find the wasm-tracemalloc package folder (package.json) above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function registerPath(): string {
  const path = join(packageRoot(), 'dist', 'runtime', 'register.js');
  if (!existsSync(path)) throw new CliError(`the package is not built: '${path}' is missing (run \`npm run build\`)`);
  return path;
}

export interface TracedChildOptions {
  command: string[];
  nframe: number;
  native: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class TracedChild {
  readonly child: ChildProcess;
  readonly snapshotPath: string;
  readonly exited: Promise<ExitStatus>;
  private readonly dir: string;
  private readonly readyPath: string;
  private done = false;
  private readonly started = Date.now();

  constructor(options: TracedChildOptions) {
    this.dir = mkdtempSync(join(tmpdir(), 'wasm-tracemalloc-'));
    this.snapshotPath = join(this.dir, 'snapshot.tmsnap');
    this.readyPath = join(this.dir, 'ready');
    const register = pathToFileURL(registerPath()).href;
    const nodeOptions = [options.env.NODE_OPTIONS ?? '', `--import "${register}"`, `--import=${READY_MODULE}`].filter(Boolean).join(' ');
    const env: NodeJS.ProcessEnv = {
      ...options.env,
      NODE_OPTIONS: nodeOptions,
      WASM_TRACEMALLOC: String(options.nframe),
      WASM_TRACEMALLOC_SNAPSHOT: this.snapshotPath,
      WASM_TRACEMALLOC_CLI_READY: this.readyPath,
    };
    if (options.native) env.WASM_TRACEMALLOC_NATIVE = '1';
    else delete env.WASM_TRACEMALLOC_NATIVE;
    const [file, ...args] = options.command;
    this.child = spawn(file!, args, { cwd: options.cwd, env, stdio: 'inherit' });
    this.exited = new Promise((resolveExit, reject) => {
      this.child.once('error', (error: NodeJS.ErrnoException) => {
        this.done = true;
        if (error.code === 'ENOENT') reject(new CliError(`cannot run '${file}': command not found`));
        else reject(new CliError(`cannot run '${file}': ${error.message}`));
      });
      this.child.once('exit', (code, signal) => {
        this.done = true;
        resolveExit({ code, signal });
      });
    });
  }

  get running(): boolean {
    return !this.done;
  }

  /** Seconds since the child started (the timeline's x axis). */
  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  private stamp(): string {
    try {
      const s = statSync(this.snapshotPath);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return '';
    }
  }

  /** The last snapshot the child wrote, or null (none yet, or one being written). */
  readSnapshot(): Snapshot | null {
    try {
      return Snapshot.deserialize(readFileSync(this.snapshotPath));
    } catch {
      return null;
    }
  }

  /** The pid of the traced Node process once its handlers are installed, else null. */
  readyPid(): number | null {
    try {
      const pid = Number(readFileSync(this.readyPath, 'utf8'));
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  }

  /** Asks the running child for a snapshot (SIGUSR2) and waits until it is written; null when
   * it is not ready yet, has exited, or wrote nothing in time. */
  async requestSnapshot(timeoutMs = 10_000): Promise<Snapshot | null> {
    const pid = this.readyPid();
    if (!this.running || pid === null) return null;
    const before = this.stamp();
    try {
      process.kill(pid, 'SIGUSR2');
    } catch {
      return null;
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && this.running) {
      await sleep(25);
      const now = this.stamp();
      if (now !== '' && now !== before) {
        // the file may still be being written: retry until it parses
        for (let i = 0; i < 20; i++) {
          const snapshot = this.readSnapshot();
          if (snapshot) return snapshot;
          await sleep(25);
        }
      }
    }
    return null;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const READY_SOURCE =
  "if(process.env.WASM_TRACEMALLOC_CLI_READY)(await import('node:fs')).writeFileSync(process.env.WASM_TRACEMALLOC_CLI_READY,String(process.pid))";
const READY_MODULE = `data:text/javascript,${encodeURIComponent(READY_SOURCE)}`;

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** pytracemalloc's TakeSnapshot template: `$pid`, `$timestamp` (YYYY-MM-DD-HH:MM:SS, local time)
 * and `$counter` (0001, 0002, …). */
export function expandTemplate(template: string, values: { pid: number; counter: number; date?: Date }): string {
  const d = values.date ?? new Date();
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const timestamp = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  return template
    .replace(/\$(pid|timestamp|counter)\b|\$\{(pid|timestamp|counter)\}/g, (_m, a?: string, b?: string) => {
      const key = a ?? b;
      return key === 'pid' ? String(values.pid) : key === 'timestamp' ? timestamp : p(values.counter, 4);
    });
}

export function exitCodeOf(status: ExitStatus): number {
  return status.code === 0 && status.signal === null ? 0 : 1;
}

export function describeExit(status: ExitStatus): string {
  return status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
}
