// The native layer's one error class: the hook cannot run here (no addon built, not Linux), or a
// caller passed a bad argument. Messages are one sentence quoting the bad value.
export class NativeHookError extends Error {
  override name = 'NativeHookError';
}
