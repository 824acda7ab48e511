// InstrumentError's structured fields: what went wrong (`code`) and, when an option is to blame,
// which one and its value. The message is written once, as a template over a `Wording`: the API
// speaks of `options.alloc`, the command line of `--alloc`, and each caller renders the same
// error in its own words (`error.describe(wording)`) instead of rewording the text by regex.

export type InstrumentErrorCode =
  /** Not a Uint8Array, not wasm, truncated, or the engine rejects it. */
  | 'invalid-module'
  /** Valid wasm that hook ABI version 1 cannot trace (memory64, threads, EH, GC, a .o file…). */
  | 'unsupported'
  /** It already has a `wasm-tracemalloc.sites` section. */
  | 'already-instrumented'
  /** An option's value is wrong: `option` and `value` say which. */
  | 'bad-option'
  /** No allocator was found (and `allowNoAllocator` was not set). */
  | 'no-allocator'
  /** A bug of the instrumenter (its output does not validate…). */
  | 'internal';

/** instrument()'s options an error can be about. */
export type InstrumentOption = 'alloc' | 'calloc' | 'realloc' | 'free' | 'allocOut' | 'wrapper' | 'families' | 'detect' | 'sourceMapURL' | 'symbols';

/** How an audience names what an error is about. */
export interface Wording {
  /** `options.alloc` / `--alloc`. */
  option(option: InstrumentOption): string;
  /** How to name an allocator and its free: `options { alloc: ['my_alloc'], free: ['my_free'] }`. */
  naming(alloc: string, free: string): string;
  /** "Only the named functions": `options.detect is false` / `--profile none`. */
  detectOff: string;
}

/** The wording of the JavaScript API (InstrumentError's `message`). */
export const API_WORDING: Wording = {
  option: (option) => `options.${option}`,
  naming: (alloc, free) => `options { alloc: ['${alloc}'], free: ['${free}'] }`,
  detectOff: 'options.detect is false',
};

/** The wording of the command line and of `run`/`leaks` children: each option is the flag that sets it
 * (`allocOut` → `--alloc-out`; the allocator families are `--profile`). */
export const CLI_WORDING: Wording = {
  option: (option) => (option === 'families' ? '--profile' : `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`),
  naming: (alloc, free) => `--alloc ${alloc} --free ${free}`,
  detectOff: '--profile none',
};

export interface InstrumentErrorFields {
  code: InstrumentErrorCode;
  /** The option the error is about (code 'bad-option'). */
  option?: InstrumentOption;
  /** The option's offending value, as given (a name, an index, a family…). */
  value?: unknown;
}

/** A message as a function of its wording; a plain string for messages that name no option. */
export type Message = string | ((w: Wording) => string);

/** How instrument()'s warning about a lossy source map begins (the CLI and register print it once per module). */
export const LOSSY_MAP = 'source map is lossy:';
/** The start of the warning that an allocator's code was inlined where it cannot be hooked (instrument/fingerprint.ts). */
export const INLINED_ALLOCATOR = 'allocator code inlined?';
/**
 * The start of the warning that a family's allocations are hooked but nothing that frees its
 * blocks is (instrument/discover.ts `unfreedWarnings`): a block the program frees stays traced.
 */
export const NO_FREE = 'frees not traced?';

/**
 * The start of the caveat that a threaded module's shared memory went to a worker the tool did not
 * set up (runtime/tracer/plain-for-workers.ts): what that worker runs on it is not seen.
 */
export const SHARED_WITH_UNSET_WORKER = 'partial:';

/** A warning of instrument() that makes some of a module's numbers inexact: it travels with the
 * module's line into the snapshot (`caveats`), and is printed under every table of its numbers. */
export const isCaveat = (warning: string): boolean => warning.startsWith(INLINED_ALLOCATOR) || warning.startsWith(NO_FREE);

/** What was found of an allocator that was not hooked because its other half is missing
 * (instrument/discover.ts): the functions, by the names the module knows them by, and the half missing. */
export interface HalfAllocator {
  found: string[];
  /** `free`: allocations found, nothing that frees their blocks; `alloc`: the reverse. */
  missing: 'free' | 'alloc';
}

/**
 * Half an allocator found (instrument/discover.ts): what was found, what is missing, and `how` to name it.
 * THE sentence, on every path (instrument's error, the module's line under the API, register, `run`).
 */
export function halfFound(half: HalfAllocator, how: string): string {
  const found = half.found.length > 4 ? `${half.found.slice(0, 3).join(', ')} and ${half.found.length - 3} more` : half.found.join(', ');
  return half.missing === 'free'
    ? `found ${found} but no function that frees their blocks (inlined into its callers, or not in the module), so nothing is traced (every block would stay allocated); ${how}`
    : `found ${found} but no function that allocates (inlined into its callers, or not in the module), so nothing is traced (every free would be of a block never seen); ${how}`;
}

