// Which frames `run` and `leaks` fold (docs/library-frames.md): the same flags for both, handed to
// register.js in the environment (node/register.ts) as start()'s libraryFrames/libraryPaths/userPaths.
import { flag, list, type OptionSpec, type ParsedArgs } from './args';
import { CliError } from './errors';

export const FRAME_OPTIONS: readonly OptionSpec[] = [
  { name: 'library-frames', kind: 'flag', help: "keep the toolchain's frames (libc, libc++, Rust std, AS ~lib...); by default they are folded and frame 0 is the program's own line" },
  { name: 'library-path', kind: 'list', value: 'PATH', help: 'also fold frames whose file name contains PATH (a library built into the module)' },
  { name: 'user-path', kind: 'list', value: 'PATH', help: "never fold frames whose file name contains PATH (your code where the table sees a library's)" },
  { name: 'js-frames', kind: 'flag', help: "the JavaScript caller's frames (file:line:column, source-mapped) above the wasm frames of allocations entered from JS: the default (a hot call site is captured once per doubling run of its calls)" },
  { name: 'js-frames-exact', kind: 'flag', help: 'capture the JavaScript frames at every allocation entered from JS (exact in mixed loops; slow on binding-heavy work)' },
  { name: 'no-js-frames', kind: 'flag', help: 'no JavaScript frames (also WASM_TRACEMALLOC_JS_FRAMES=0)' },
];

export interface FrameOptions {
  libraryFrames: boolean;
  libraryPaths: string[];
  userPaths: string[];
  /** undefined: as the environment says (WASM_TRACEMALLOC_JS_FRAMES), on when it says nothing. */
  jsFrames?: 'on' | 'off' | 'exact';
}

export function frameOptions(args: ParsedArgs): FrameOptions {
  const js = flag(args, 'no-js-frames') ? 'off' : flag(args, 'js-frames-exact') ? 'exact' : flag(args, 'js-frames') ? 'on' : undefined;
  if (js === 'off' && (flag(args, 'js-frames') || flag(args, 'js-frames-exact'))) throw new CliError('--no-js-frames contradicts --js-frames and --js-frames-exact');
  return { libraryFrames: flag(args, 'library-frames'), libraryPaths: list(args, 'library-path'), userPaths: list(args, 'user-path'), jsFrames: js };
}

/** The environment register.js reads them from. */
export function frameEnv(o: FrameOptions | undefined): Record<string, string | undefined> {
  const js = o?.jsFrames === undefined ? {} : { WASM_TRACEMALLOC_JS_FRAMES: o.jsFrames === 'off' ? '0' : o.jsFrames === 'exact' ? 'exact' : '1' };
  return {
    ...js,
    WASM_TRACEMALLOC_LIBRARY_FRAMES: o?.libraryFrames ? '1' : undefined,
    WASM_TRACEMALLOC_LIBRARY_PATHS: o?.libraryPaths.length ? JSON.stringify(o.libraryPaths) : undefined,
    WASM_TRACEMALLOC_USER_PATHS: o?.userPaths.length ? JSON.stringify(o.userPaths) : undefined,
  };
}
