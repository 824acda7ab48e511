import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain .mjs build helper without types
import { reportUiVitePlugin } from './report/ui/bundle.mjs';
import { BROWSER_NAMES, findChromium } from './test/browser/chromium.ts';

// Three projects: `unit` (in-process, sources only), `e2e` (the built package run as users run it:
// CLI subprocesses, `--import …/register.js`, the native addon, real npm programs) and `browser`
// (headless Chromium). test/global-setup.ts builds dist/ once before any of them.
// `npx vitest run --project unit` runs one of them.
const browserFiles = ['test/browser/**/*.test.ts', 'test/bundler/**/*.browser.test.ts', 'test/report/html.test.ts', 'test/report/demo-report.test.ts', 'test/report/views.test.ts'];
const e2eFiles = ['test/cli/**/*.test.ts', 'test/native/**/*.test.ts', 'test/node/register*.test.ts', 'test/node/api-threaded.test.ts', 'test/users/**/*.test.ts'];

const chromium = findChromium();
if (!chromium) {
  const where = `CHROME_PATH, or ${BROWSER_NAMES.join(', ')} on PATH`;
  if (process.env.CI === 'true') throw new Error(`CI=true and no Chromium found (${where}): the browser tests cannot run`);
  console.log(`browser tests skipped: no Chromium found (${where}); install Chromium or set CHROME_PATH to run them`);
}

// Not `extends: true`: a project inheriting globalSetup would build dist/ once per project.
const common = { testTimeout: 120_000, hookTimeout: 120_000, pool: 'forks' } as const;
// `virtual:report-ui`: the report page's script, bundled from report/ui/ as tsup does (each
// project is its own config, so each gets the plugin)
const plugins = [reportUiVitePlugin()];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { plugins, test: { ...common, name: 'unit', include: ['test/**/*.test.ts'], exclude: [...e2eFiles, ...browserFiles] } },
      { plugins, test: { ...common, name: 'e2e', include: e2eFiles } },
      ...(chromium ? [{ plugins, test: { ...common, name: 'browser', include: browserFiles } }] : []),
    ],
  },
});
