// Where the browser tests find Chromium: CHROME_PATH, then `chromium`, `chromium-browser`,
// `google-chrome` on PATH. vitest.config.ts leaves the browser project out (saying so in one line)
// when none is found, except under CI=true, where a missing browser fails the run.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to launch, or null when this machine has none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return executable(env.CHROME_PATH) ? env.CHROME_PATH : null;
  for (const name of BROWSER_NAMES) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (dir && executable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** For chromium.launch({ executablePath }) in a browser test (the project runs only when found). */
export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error(`no Chromium found (CHROME_PATH, or ${BROWSER_NAMES.join(', ')} on PATH)`);
  return path;
}
