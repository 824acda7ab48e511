// When the TypeScript sources under a folder last changed: tests that run dist/ compare it
// with their build's time to know whether dist is stale.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function newestSource(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) t = Math.max(t, newestSource(p));
    else if (entry.name.endsWith('.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}
