import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain .mjs build helper without types
import { reportUiVitePlugin } from './report/ui/bundle.mjs';

export default defineConfig({
  // `virtual:report-ui`: the report page's script, bundled from report/ui/ as tsup does
  plugins: [reportUiVitePlugin()],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
