// Return addresses -> frames, lazily at snapshot time and cached per address: the object and its
// nearest exported symbol from dladdr (in the addon, demangled), then function and file:line from
// addr2line where the object has a symbol table or debug info (one addr2line per object per
// snapshot, all its new addresses at once). A frame without a line reads `libfoo.so:function`
// with lineno 0, as CPython shows `<unknown>`-style frames; the function name is also kept in the
// frame's functionName field.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { NativeBinding } from './addon';
import { elfSections } from './elf-sections';

export interface NativeFrame {
  filename: string;
  lineno: number;
  functionName: string;
}

export interface SymbolizeOptions {
  /** Run addr2line for file:line and static function names (default: when it is installed). */
  addr2line?: boolean;
}

let addr2linePath: string | null | undefined;

function findAddr2line(): string | null {
  if (addr2linePath !== undefined) return addr2linePath;
  addr2linePath = null;
  for (const dir of (process.env.PATH ?? '/usr/bin:/bin').split(':')) {
    if (!dir) continue;
    try {
      execFileSync(`${dir}/addr2line`, ['--version'], { stdio: 'ignore', timeout: 10_000 });
      addr2linePath = `${dir}/addr2line`;
      break;
    } catch {
      // not here
    }
  }
  return addr2linePath;
}

interface Pending {
  pc: number;
  object: string;
  objectAddress: number;
  functionName: string;
}

let debugDirExists: boolean | undefined;

function worthAddr2line(object: string): boolean {
  const s = elfSections(object);
  if (s.has('.symtab') || s.has('.debug_info') || s.has('.debug_line')) return true;
  // Separate debug info (Debian's -dbgsym packages) is looked up under /usr/lib/debug.
  debugDirExists ??= existsSync('/usr/lib/debug');
  return s.has('.gnu_debuglink') && debugDirExists;
}

/** addr2line -f -C: two lines per address, "function" then "file:line" ("??" when unknown). */
function runAddr2line(tool: string, object: string, addresses: number[]): [string, string, number][] {
  const input = addresses.map((a) => '0x' + a.toString(16)).join('\n') + '\n';
  let out: string;
  try {
    out = execFileSync(tool, ['-f', '-C', '-e', object], {
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      timeout: 120_000,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
  } catch {
    return [];
  }
  const lines = out.split('\n');
  const result: [string, string, number][] = [];
  for (let i = 0; i < addresses.length; i++) {
    const fn = lines[2 * i] ?? '??';
    const loc = lines[2 * i + 1] ?? '??:0';
    // "path:line" or "path:line (discriminator N)"; "??:0" / "??:?" when unknown.
    const m = /^(.*):(\d+|\?)(?: \(discriminator \d+\))?$/.exec(loc);
    const file = m && m[1] !== '??' ? m[1]! : '';
    const line = m && m[2] !== '?' ? Number(m[2]) : 0;
    result.push([fn === '??' ? '' : fn, file, file ? line : 0]);
  }
  return result;
}

export class Symbolizer {
  private readonly cache = new Map<number, NativeFrame>();

  constructor(private readonly binding: NativeBinding) {}

  /** Frames for pcs (in order); every address is resolved once per process. */
  resolve(pcs: ArrayLike<number>, options: SymbolizeOptions = {}): NativeFrame[] {
    const fresh: number[] = [];
    const seen = new Set<number>();
    for (let i = 0; i < pcs.length; i++) {
      const pc = pcs[i]!;
      if (!this.cache.has(pc) && !seen.has(pc)) {
        seen.add(pc);
        fresh.push(pc);
      }
    }
    if (fresh.length) this.resolveFresh(fresh, options);
    const out: NativeFrame[] = [];
    for (let i = 0; i < pcs.length; i++) out.push(this.cache.get(pcs[i]!)!);
    return out;
  }

  private resolveFresh(pcs: number[], options: SymbolizeOptions): void {
    const rows = this.binding.symbolize(Float64Array.from(pcs));
    const byObject = new Map<string, Pending[]>();
    pcs.forEach((pc, i) => {
      const [object, objectAddress, functionName] = rows[i]!;
      const p: Pending = { pc, object, objectAddress, functionName };
      if (!object) {
        // Not in any ELF object: JIT-compiled code or a trampoline.
        this.cache.set(pc, { filename: `[unknown]:0x${pc.toString(16)}`, lineno: 0, functionName: '' });
        return;
      }
      let list = byObject.get(object);
      if (!list) byObject.set(object, (list = []));
      list.push(p);
    });
    const tool = options.addr2line === false ? null : findAddr2line();
    for (const [object, list] of byObject) {
      const lines = tool && worthAddr2line(object) ? runAddr2line(tool, object, list.map((p) => p.objectAddress)) : [];
      // addr2line's function name is right with debug info or a full symbol table (static
      // functions too, where dladdr only knows exports). With neither it answers the nearest
      // exported symbol below the address, even far past its end: then dladdr's size-checked
      // answer is the honest one.
      const trustNames = elfSections(object).has('.symtab');
      list.forEach((p, i) => {
        const [fn2, file, line] = lines[i] ?? ['', '', 0];
        const fn = (file && line > 0) || trustNames ? fn2 || p.functionName : p.functionName;
        if (file && line > 0) {
          this.cache.set(p.pc, { filename: file, lineno: line, functionName: fn });
        } else {
          const where = fn || `0x${p.objectAddress.toString(16)}`;
          this.cache.set(p.pc, { filename: `${basename(object)}:${where}`, lineno: 0, functionName: fn });
        }
      });
    }
  }
}
