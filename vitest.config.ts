import { defineConfig } from 'vitest/config';
import { BROWSER_NAMES, findChromium } from './test/browser/chromium.ts';

// Three projects: `unit` (in-process, sources only), `e2e` (the built package run as users run it:
// CLI subprocesses, `--import …/register.js`, the native addon, real npm programs) and `browser`
// (headless Chromium). test/global-setup.ts builds dist/ once before any of them.
// `npx vitest run --project unit` runs one of them.
const browserFiles = ['test/browser/**/*.test.ts', 'test/bundler/**/*.browser.test.ts', 'test/report/html.test.ts', 'test/report/demo-report.test.ts'];
const e2eFiles = ['test/cli/**/*.test.ts', 'test/native/**/*.test.ts', 'test/node/register.test.ts', 'test/users/**/*.test.ts'];

const chromium = findChromium();
if (!chromium) {
  const where = `CHROME_PATH, or ${BROWSER_NAMES.join(', ')} on PATH`;
  if (process.env.CI === 'true') throw new Error(`CI=true and no Chromium found (${where}): the browser tests cannot run`);
  console.log(`browser tests skipped: no Chromium found (${where}); install Chromium or set CHROME_PATH to run them`);
}

// Not `extends: true`: a project inheriting globalSetup would build dist/ once per project.
const common = { testTimeout: 120_000, hookTimeout: 120_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { test: { ...common, name: 'unit', include: ['test/**/*.test.ts'], exclude: [...e2eFiles, ...browserFiles] } },
      { test: { ...common, name: 'e2e', include: e2eFiles } },
      ...(chromium ? [{ test: { ...common, name: 'browser', include: browserFiles } }] : []),
    ],
  },
});
