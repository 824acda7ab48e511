// How the command line names a module's allocator: the same flags for `instrument`, `run` and
// `leaks`, turned into instrument()'s options (instrument/detect.ts AllocatorOptions). `run` and
// `leaks` hand them to register.js as JSON in WASM_TRACEMALLOC_INSTRUMENT (node/register.ts),
// which is how a stripped or minified build (sql.js: `--alloc Ia --free Ja`) is traced.

import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { list, str, type OptionSpec, type ParsedArgs } from './args';
import { CliError } from './errors';
import { PROFILE_FAMILIES } from '../instrument/profiles';

/** `auto`: every built-in family; `none`: only the named functions; or families joined by '+'. */
export const PROFILES: readonly string[] = ['auto', 'none', ...PROFILE_FAMILIES];

const REF = 'by name, export name or function index';

/** Flag → instrument() option, with what the function's arguments mean. */
const ROLES: readonly { flag: string; option: string; help: string }[] = [
  { flag: 'alloc', option: 'alloc', help: `a malloc-like function, ptr = f(size), ${REF}` },
  { flag: 'calloc', option: 'calloc', help: `a calloc-like function, ptr = f(count, size)` },
  { flag: 'realloc', option: 'realloc', help: `a realloc-like function, ptr = f(old, size)` },
  { flag: 'free', option: 'free', help: `a free-like function, f(ptr)` },
  { flag: 'alloc-out', option: 'allocOut', help: `a posix_memalign-like function, status = f(&ptr, align, size)` },
  { flag: 'wrapper', option: 'wrapper', help: 'a function that allocates through the others (strdup-like): its caller is the site' },
];

/** The flag that sets an instrument() allocator option (`allocOut` → `alloc-out`), or undefined. */
export function flagOf(option: string): string | undefined {
  return ROLES.find((r) => r.option === option)?.flag;
}

export const ALLOCATOR_OPTIONS: readonly OptionSpec[] = [
  ...ROLES.map((r): OptionSpec => ({ name: r.flag, kind: 'list', value: 'NAME', help: r.help })),
  { name: 'glue', kind: 'string', value: 'FILE', help: "the module's JS glue, which names minified exports (`_malloc = c.La`); found by itself under run/leaks" },
  { name: 'symbols', kind: 'string', value: 'FILE', help: 'a symbol map (emcc --emit-symbol-map: index:name lines) naming the functions' },
  { name: 'debug-file', kind: 'string', value: 'FILE', help: 'separate DWARF (emcc -gseparate-dwarf .debug.wasm) when external_debug_info does not lead to it' },
  {
    name: 'profile',
    kind: 'string',
    value: 'NAME',
    help: `built-in allocators to detect: auto (default: all), none (only the functions named above), or one or more of ${PROFILE_FAMILIES.join(', ')} joined by '+' (e.g. libc+c++)`,
  },
];

/** instrument()'s allocator options from the flags (JSON-safe), or null when none was given. */
export function allocatorOptions(args: ParsedArgs): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const role of ROLES) {
    const names = list(args, role.flag);
    if (names.length === 0) continue;
    out[role.option] = names.map((name) => functionRef(name, role.flag));
  }
  const profile = str(args, 'profile');
  if (profile !== undefined) Object.assign(out, profileOptions(profile));
  // Files travel as absolute paths (register reads them: instrument/glue.ts readFileOptions).
  for (const [flag, key] of [['glue', 'glueFile'], ['symbols', 'symbolsFile'], ['debug-file', 'debugFile']] as const) {
    const file = str(args, flag);
    if (file === undefined) continue;
    if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`option '--${flag}': no file '${file}'`);
    out[key] = resolve(file);
  }
  return Object.keys(out).length ? out : null;
}

/** A function reference: an index when all digits, else a name (names may hold spaces: C++). */
function functionRef(text: string, flag: string): string | number {
  if (text.trim() === '') throw new CliError(`option '--${flag}' expects a function name, export name or index, got '${text}'`);
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n > 0xffffffff) throw new CliError(`option '--${flag}': function index '${text}' is out of range (expected 0 to 4294967295)`);
    return n;
  }
  return text;
}

function profileOptions(profile: string): Record<string, unknown> {
  if (profile === 'auto') return {};
  if (profile === 'none') return { detect: false };
  const families = splitFamilies(profile);
  if (families === null) {
    throw new CliError(`option '--profile' expects auto, none or families among ${PROFILE_FAMILIES.join(', ')} joined by '+'; got '${profile}'`);
  }
  return { families: [...new Set(families)] };
}

/** 'libc+c++' → ['libc', 'c++'] ('+' is also in a family's name), or null when it does not parse. */
function splitFamilies(text: string): string[] | null {
  const out: string[] = [];
  let rest = text;
  while (rest !== '') {
    // the longest family that ends at a '+' separator or at the end
    const next = [...PROFILE_FAMILIES]
      .sort((a, b) => b.length - a.length)
      .find((f) => rest.startsWith(f) && (rest.length === f.length || rest[f.length] === '+'));
    if (next === undefined) return null;
    out.push(next);
    rest = rest.slice(next.length);
    if (rest !== '') {
      rest = rest.slice(1); // the '+'
      if (rest === '') return null; // a trailing '+'
    }
  }
  return out.length ? out : null;
}
