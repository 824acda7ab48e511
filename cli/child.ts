// Running the user's program under the tracer, without changing it: `node --import
// <this package>/dist/node/register.js` through NODE_OPTIONS (so `npm start`, `npx vitest` and
// child processes are traced too), configured by the environment of the runtime issue:
//   WASM_TRACEMALLOC=<nframe>            start tracing with nframe frames (PYTHONTRACEMALLOC)
//   WASM_TRACEMALLOC_SNAPSHOT=<path>     write a snapshot there at exit and on SIGUSR2
//   WASM_TRACEMALLOC_NATIVE=1            also trace the process's own malloc (native hook, domain 0)
//   WASM_TRACEMALLOC_LIBRARY_FRAMES=1    keep the toolchain-runtime frames (--library-frames)
//   WASM_TRACEMALLOC_LIBRARY_PATHS=<json> / _USER_PATHS=<json>   --library-path / --user-path
//   WASM_TRACEMALLOC_JS_FRAMES=0|exact   no JS caller's frames (--no-js-frames) / one capture per event (--js-frames-exact)
//   WASM_TRACEMALLOC_INSTRUMENT=<json>   instrument() options: the allocator flags (cli/allocators.ts)
//   WASM_TRACEMALLOC_CACHE=0             --no-cache: instrument every module again (no on-disk cache)
//   WASM_TRACEMALLOC_REACHABILITY=1      snapshots record which live blocks nothing points to (`leaks`)
// Snapshots during the run are asked for with SIGUSR2 and read back when the file changes.
// Two inline preloads (data: URLs) frame register.js in every Node process of the run:
//  - before it, one gives each process its own snapshot file (snapshot-<pid>.tmsnap), so that a
//    wrapper (`npm start`, `npx`) exiting last cannot overwrite the program's snapshot with its
//    own empty one;
//  - after it, one appends the process's pid to `ready` once register's handlers are installed:
//    only those processes are signalled, and only then — SIGUSR2 kills a process without a
//    handler (a shell, or Node still loading Binaryen). It also appends the pid to `exiting` as
//    the process starts to exit: Node drops its signal handlers while it tears down, so a
//    SIGUSR2 then would kill the program and change its exit status; exiting ones are not signalled.
// At exit the snapshot of the process that traced the most is the program's, with those of the
// others that traced a module merged in (runtime/tracer/merge.ts).

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Snapshot, recordedModules } from '../node/index';
import { mergeSnapshots, recordedThreads } from '../runtime/tracer/merge';
import { CliError } from './errors';
import { frameEnv, type FrameOptions } from './frames';

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
  const path = join(packageRoot(), 'dist', 'node', 'register.js');
  if (!existsSync(path)) throw new CliError(`the package is not built: '${path}' is missing (run \`npm run build\`)`);
  return path;
}

export interface TracedChildOptions {
  command: string[];
  nframe: number;
  native: boolean;
  /** Which frames are folded (cli/frames.ts). */
  frames?: FrameOptions;
  /** instrument() options from --alloc/--free/…/--profile; null keeps the environment's own. */
  instrument?: Record<string, unknown> | null;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** false (`--no-cache`): instrument every module again instead of reading the on-disk cache. */
  cache?: boolean;
  /** `run --live` on a terminal: the view has the keyboard and the screen, so the program gets no
   * stdin and its output is piped (child.stdout / child.stderr) to be shown after the view. */
  captureOutput?: boolean;
  /** Snapshots record which live blocks no pointer reaches any more (`leaks`). */
  reachability?: boolean;
  /** Send the program's stdout to stderr (`leaks --json`: our stdout holds the JSON alone). */
  stdoutToStderr?: boolean;
}

/** `--no-cache` of `run` and `leaks`. */
export const NO_CACHE_OPTION = {
  name: 'no-cache',
  kind: 'flag',
  help: 'instrument every module again instead of reading the cache of instrumented modules ($XDG_CACHE_HOME/wasm-tracemalloc; delete it to clear), and compile the tool\'s own JS without its code cache',
} as const;

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class TracedChild {
  readonly child: ChildProcess;
  readonly exited: Promise<ExitStatus>;
  private readonly dir: string;
  private readonly readyPath: string;
  private readonly exitingPath: string;
  private done = false;
  private readonly started = Date.now();

  constructor(options: TracedChildOptions) {
    this.dir = mkdtempSync(join(tmpdir(), 'wasm-tracemalloc-'));
    this.readyPath = join(this.dir, 'ready');
    this.exitingPath = join(this.dir, 'exiting');
    const register = pathToFileURL(registerPath()).href;
    const nodeOptions = [options.env.NODE_OPTIONS ?? '', `--import=${PER_PROCESS_MODULE}`, `--import "${register}"`, `--import=${READY_MODULE}`]
      .filter(Boolean)
      .join(' ');
    const env: NodeJS.ProcessEnv = {
      ...options.env,
      NODE_OPTIONS: nodeOptions,
      WASM_TRACEMALLOC: String(options.nframe),
      WASM_TRACEMALLOC_SNAPSHOT: join(this.dir, 'snapshot.tmsnap'), // replaced per process
      WASM_TRACEMALLOC_CLI_DIR: this.dir,
    };
    if (options.instrument) env.WASM_TRACEMALLOC_INSTRUMENT = JSON.stringify(options.instrument);
    for (const [name, value] of Object.entries(frameEnv(options.frames))) {
      if (value === undefined) delete env[name];
      else env[name] = value;
    }
    if (options.cache === false) env.WASM_TRACEMALLOC_CACHE = '0';
    if (options.reachability) env.WASM_TRACEMALLOC_REACHABILITY = '1';
    else delete env.WASM_TRACEMALLOC_REACHABILITY;
    if (options.native) env.WASM_TRACEMALLOC_NATIVE = '1';
    else delete env.WASM_TRACEMALLOC_NATIVE;
    const [file, ...args] = options.command;
    this.child = spawn(file!, args, { cwd: options.cwd, env, stdio: options.captureOutput ? ['ignore', 'pipe', 'pipe'] : options.stdoutToStderr ? ['inherit', 2, 'inherit'] : 'inherit' });
    this.exited = new Promise((resolveExit, reject) => {
      this.child.once('error', (error: NodeJS.ErrnoException) => {
        this.done = true;
        if (error.code === 'ENOENT') reject(new CliError(`cannot run '${file}': command not found`));
        else reject(new CliError(`cannot run '${file}': ${error.message}`));
      });
      this.child.once('exit', (code, signal) => {
        this.done = true;
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal).off('SIGHUP', onSignal);
        resolveExit({ code, signal });
      });
    });
    // Ctrl-C is how a traced server is stopped: the program gets the signal (register.js writes
    // its snapshot, then dies of it) and this process lives on to save and show that snapshot.
    const onSignal = (signal: NodeJS.Signals) => {
      if (this.running) this.child.kill(signal);
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal).on('SIGHUP', onSignal);
  }

  get running(): boolean {
    return !this.done;
  }

  /** Seconds since the child started (the timeline's x axis). */
  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  private snapshotPathOf(pid: number): string {
    return join(this.dir, `snapshot-${pid}.tmsnap`);
  }

  private stamp(path: string): string {
    try {
      const s = statSync(path);
      return `${s.mtimeMs}:${s.size}`;
    } catch {
      return '';
    }
  }

  private read(path: string): Snapshot | null {
    try {
      return Snapshot.deserialize(readFileSync(path));
    } catch {
      return null;
    }
  }

  /** The program's snapshot at exit: of every traced Node process of the run, the one that
   * holds the most traces (the newest on a tie), with the others that traced a module merged in
   * (runtime/tracer/merge.ts: `process PID`); null when none wrote one. */
  readSnapshot(): Snapshot | null {
    const all: { snapshot: Snapshot; mtime: number; pid: number }[] = [];
    for (const name of readdirSync(this.dir)) {
      const m = /^snapshot-(\d+)\.tmsnap$/.exec(name);
      if (!m) continue;
      const path = join(this.dir, name);
      const snapshot = this.read(path);
      if (snapshot) all.push({ snapshot, mtime: statSync(path).mtimeMs, pid: Number(m[1]) });
    }
    if (all.length === 0) return null;
    all.sort((a, b) => b.snapshot.traces.length - a.snapshot.traces.length || b.mtime - a.mtime);
    const [best, ...rest] = all;
    // a wrapper (npm, npx, a shell script in node) loads no module: nothing of it to merge
    const others = rest.filter((o) => o.snapshot.traces.length > 0 || recordedModules(o.snapshot.metadata)?.length || recordedThreads(o.snapshot.metadata)?.running.length);
    return mergeSnapshots(best!.snapshot, others.map((o) => ({ snapshot: o.snapshot, label: `process ${o.pid}` })));
  }

  /** The traced Node processes of the run whose handlers are installed and that still live, oldest first. */
  readyPids(): number[] {
    const exiting = new Set(pidsIn(this.exitingPath));
    const pids = pidsIn(this.readyPath);
    return pids.filter((pid) => {
      if (exiting.has(pid)) return false;
      try {
        process.kill(pid, 0); // exists (and is ours to signal)
        return true;
      } catch {
        return false;
      }
    });
  }

  /** The newest traced Node process once its handlers are installed, else null. */
  readyPid(): number | null {
    return this.readyPids().at(-1) ?? null;
  }

  /** Snapshots of every traced process of the run (SIGUSR2 to each, which goes on running). */
  async requestAll(timeoutMs = 10_000): Promise<{ pid: number; snapshot: Snapshot }[]> {
    const pids = this.readyPids();
    const got = await Promise.all(pids.map(async (pid) => ({ pid, snapshot: await this.requestSnapshot(timeoutMs, pid) })));
    return got.filter((g): g is { pid: number; snapshot: Snapshot } => g.snapshot !== null);
  }

  /** Asks a running traced process (the newest by default) for a snapshot (SIGUSR2) and waits
   * until it is written; null when it is not ready yet, has exited, or wrote nothing in time. */
  async requestSnapshot(timeoutMs = 10_000, which?: number): Promise<Snapshot | null> {
    const pid = which ?? this.readyPid();
    if (!this.running || pid === null) return null;
    const path = this.snapshotPathOf(pid);
    const before = this.stamp(path);
    try {
      process.kill(pid, 'SIGUSR2');
    } catch {
      return null;
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && this.running) {
      await sleep(25);
      const now = this.stamp(path);
      if (now !== '' && now !== before) {
        // register.js renames a complete file into place; retry a little all the same
        for (let i = 0; i < 20; i++) {
          const snapshot = this.read(path);
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

// Both run in the traced processes, as data: URLs (no file to ship or find). POSIX paths.
const PER_PROCESS_SOURCE =
  "const d=process.env.WASM_TRACEMALLOC_CLI_DIR;if(d)process.env.WASM_TRACEMALLOC_SNAPSHOT=d+'/snapshot-'+process.pid+'.tmsnap'";
const READY_SOURCE =
  "const d=process.env.WASM_TRACEMALLOC_CLI_DIR;if(d){const f=await import('node:fs');f.appendFileSync(d+'/ready',process.pid+'\\n');" +
  "process.prependListener('exit',()=>{try{f.appendFileSync(d+'/exiting',process.pid+'\\n')}catch{}})}";
const PER_PROCESS_MODULE = `data:text/javascript,${encodeURIComponent(PER_PROCESS_SOURCE)}`;
const READY_MODULE = `data:text/javascript,${encodeURIComponent(READY_SOURCE)}`;

/** The pids listed one per line in `path` (none when it does not exist yet). */
function pidsIn(path: string): number[] {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return [...new Set(text.split('\n').map(Number).filter((pid) => Number.isInteger(pid) && pid > 0))];
}

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
  if (status.signal === 'SIGINT') return 'interrupted (SIGINT)';
  return status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
}
