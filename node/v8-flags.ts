// V8's flags are part of what a code cache is checked against (node/script-loader.ts): a cache
// made after the tool changed one (node/wasi-fast-calls.ts) would be rejected by every later
// start, which begins with the flags as they were. So the loader is told first, and makes its
// cache then.
let before: (() => void) | undefined;

/** Calls `f` once, before the tool first changes a V8 flag. */
export function beforeV8FlagsChange(f: () => void): void {
  before = f;
}

/** The tool is about to change a V8 flag. */
export function v8FlagsChanging(): void {
  const f = before;
  before = undefined;
  f?.();
}
