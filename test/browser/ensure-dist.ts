// Tests that run the built package (the browser bundle, `--import .../register.js`) need dist/
// to match the sources. `npm test` builds first; a local `npx vitest run test/browser` rebuilds
// here when dist is missing or older than runtime/ or instrument/, under a lock so parallel
// test files never run two builds at once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestSource } from '../newest-source';

export const root = join(import.meta.dirname, '..', '..');

function stale(): boolean {
  const built = ['runtime/index.js', 'runtime/register.js', 'instrument/index.js'].map((f) => join(root, 'dist', f));
  if (!built.every(existsSync)) return true;
  const oldest = Math.min(...built.map((f) => statSync(f).mtimeMs));
  return ['runtime', 'instrument'].some((d) => newestSource(join(root, d)) > oldest);
}

export async function ensureDist(): Promise<void> {
  if (!stale()) return;
  const lock = join(root, '.tmp', 'tsup.lock');
  mkdirSync(join(root, '.tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200)); // another test file is building
    }
  }
  try {
    if (stale()) execFileSync('npx', ['tsup'], { cwd: root, stdio: 'pipe' });
  } finally {
    rmdirSync(lock);
  }
}
