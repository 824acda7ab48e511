// Path arithmetic for source file names from DWARF and source maps, without Node's `path`
// (instrument/ must run in a bundler). Both POSIX and Windows-style names occur in debug info
// (a module built on Windows keeps `C:\src\x.c`); URLs (`webpack://…`) are left untouched.
//
// The rule from the consumers we imitate (llvm-symbolizer, source-map resolvers): join, then
// normalise `.` and `a/..`, but never invent an absolute prefix: a relative name stays relative.

const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const WINDOWS_ABS = /^[A-Za-z]:[\\/]/;

export function isUrlLike(p: string): boolean {
  return URL_LIKE.test(p) || p.startsWith('data:');
}

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || p.startsWith('\\\\') || WINDOWS_ABS.test(p) || isUrlLike(p);
}

/** Joins path parts right to left until one is absolute, then normalises. Empty parts are ignored. */
export function joinPath(...parts: (string | null | undefined)[]): string {
  let out = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (!part) continue;
    out = out ? `${part.replace(/[\\/]+$/, '')}/${out}` : part;
    if (isAbsolutePath(part)) break;
  }
  return normalizePath(out);
}

/** Removes `.` segments, folds `a/..`, collapses repeated separators. Keeps leading `..` of relative paths. */
export function normalizePath(p: string): string {
  if (!p || isUrlLike(p)) return p;
  const windows = WINDOWS_ABS.test(p) || p.startsWith('\\\\');
  const sep = windows ? '\\' : '/';
  let prefix = '';
  let rest = p;
  if (WINDOWS_ABS.test(p)) { prefix = p.slice(0, 2) + sep; rest = p.slice(3); }
  else if (p.startsWith('\\\\')) { prefix = '\\\\'; rest = p.slice(2); }
  else if (p.startsWith('/')) { prefix = '/'; rest = p.slice(1); }
  const out: string[] = [];
  for (const seg of rest.split(windows ? /[\\/]+/ : /\/+/)) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!prefix) out.push('..'); // above a relative start: keep; above the root: drop
      continue;
    }
    out.push(seg);
  }
  const body = out.join(sep);
  return prefix + body || (prefix ? prefix : '.');
}

/** Directory part of a path (`a/b/c.map` → `a/b`), '' when there is none. */
export function dirname(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  if (i < 0) return '';
  if (i === 0) return p[0]!;
  return p.slice(0, i);
}
