// The model must run in a browser: bundling it for the browser platform must not need any Node
// built-in (the Node entry, node/index.ts, adds file access).
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

test('runtime/model bundles for the browser with no Node built-in', async () => {
  const result = await build({
    entryPoints: [resolve(root, 'runtime/model/index.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
  expect(imports.filter((p) => p.startsWith('node:') || /^(fs|path|os|child_process)$/.test(p))).toEqual([]);
  expect(result.outputFiles[0]!.text).toContain('SnapshotBuilder');
});
