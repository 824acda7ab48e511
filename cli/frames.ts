// Which frames `run` and `leaks` fold (docs/library-frames.md): the same flags for both, handed to
// register.js in the environment (node/register.ts) as start()'s libraryFrames/libraryPaths/userPaths.
import { flag, list, type OptionSpec, type ParsedArgs } from './args';

export const FRAME_OPTIONS: readonly OptionSpec[] = [
  { name: 'library-frames', kind: 'flag', help: "keep the toolchain's frames (libc, libc++, Rust std, AS ~lib...); by default they are folded and frame 0 is the program's own line" },
  { name: 'library-path', kind: 'list', value: 'PATH', help: 'also fold frames whose file name contains PATH (a library built into the module)' },
  { name: 'user-path', kind: 'list', value: 'PATH', help: "never fold frames whose file name contains PATH (your code where the table sees a library's)" },
  { name: 'js-frames', kind: 'flag', help: "add the JavaScript caller's frames (file:line:column, source-mapped) above the wasm frames of allocations entered from JS" },
];

export interface FrameOptions {
  libraryFrames: boolean;
  libraryPaths: string[];
  userPaths: string[];
  jsFrames: boolean;
}

export function frameOptions(args: ParsedArgs): FrameOptions {
  return { libraryFrames: flag(args, 'library-frames'), libraryPaths: list(args, 'library-path'), userPaths: list(args, 'user-path'), jsFrames: flag(args, 'js-frames') };
}

/** The environment register.js reads them from. */
export function frameEnv(o: FrameOptions | undefined): Record<string, string | undefined> {
  return {
    WASM_TRACEMALLOC_LIBRARY_FRAMES: o?.libraryFrames ? '1' : undefined,
    WASM_TRACEMALLOC_LIBRARY_PATHS: o?.libraryPaths.length ? JSON.stringify(o.libraryPaths) : undefined,
    WASM_TRACEMALLOC_USER_PATHS: o?.userPaths.length ? JSON.stringify(o.userPaths) : undefined,
    WASM_TRACEMALLOC_JS_FRAMES: o?.jsFrames ? '1' : undefined,
  };
}
