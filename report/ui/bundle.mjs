// Bundles the report page's script (report/ui/main.ts and what it imports, the runtime's
// formatSize included) into one IIFE string with esbuild. Used at build time by tsup
// (tsup.config.ts) and in tests by vitest (vitest.config.ts), through the module id below:
// `import { APP_JS } from 'virtual:report-ui'`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const REPORT_UI_ID = 'virtual:report-ui';
const entry = fileURLToPath(new URL('./main.ts', import.meta.url));

export async function bundleReportUi() {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020', // BigInt literals (the exact formatSize)
    minify: true,
    legalComments: 'none',
    platform: 'browser',
    metafile: true,
  });
  // inlined in a <script>: no `</script` may appear in it
  const code = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  return { code, inputs: Object.keys(result.metafile.inputs).map((p) => fileURLToPath(new URL(p, `file://${process.cwd()}/`))) };
}

/** The module's source: `export const APP_JS = "…"`. */
export async function reportUiModule() {
  const { code, inputs } = await bundleReportUi();
  return { contents: `export const APP_JS = ${JSON.stringify(code)};\n`, inputs };
}

/** The esbuild plugin (tsup's esbuildPlugins). */
export function reportUiEsbuildPlugin() {
  return {
    name: 'report-ui',
    setup(b) {
      b.onResolve({ filter: /^virtual:report-ui$/ }, () => ({ path: REPORT_UI_ID, namespace: 'report-ui' }));
      b.onLoad({ filter: /.*/, namespace: 'report-ui' }, async () => {
        const { contents, inputs } = await reportUiModule();
        return { contents, loader: 'js', watchFiles: inputs };
      });
    },
  };
}

/** The Vite plugin (vitest.config.ts). */
export function reportUiVitePlugin() {
  return {
    name: 'report-ui',
    resolveId(id) {
      return id === REPORT_UI_ID ? '\0' + REPORT_UI_ID : null;
    },
    async load(id) {
      if (id !== '\0' + REPORT_UI_ID) return null;
      const { contents, inputs } = await reportUiModule();
      for (const input of inputs) this.addWatchFile(input);
      return contents;
    },
  };
}
