// The bundler plugin, one code base for Vite, Rollup, webpack and esbuild (unplugin):
//
//   import wasmTracemalloc from 'wasm-tracemalloc/vite';   // or /webpack, /rollup, /esbuild
//   plugins: [wasmTracemalloc({ nframe: 16, overlay: true })]
//
// When enabled (options.ts), it (1) serves every .wasm the app loads instrumented — however it is
// referenced (`?init`, `?url`, `new URL('x.wasm', import.meta.url)`, wasm-bindgen's `--target web`
// and `bundler` glue, Emscripten's locateFile), because it rewrites the bytes where they leave the
// bundler: Vite's dev server, the emitted assets of Vite/Rollup/webpack builds and any other .wasm
// written to their output folder (Vite's public/, plugins that copy files), esbuild's loader;
// and (2) runs the client (client.ts) before the app's code: first in the page's HTML (Vite), as a
// global entry (webpack), and in front of every module that calls WebAssembly itself.
// Disabled, it resolves, loads, transforms and emits nothing (test/bundler/options.test.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, extname, isAbsolute, join, resolve, sep } from 'node:path';
import { createUnplugin, type UnpluginOptions } from 'unplugin';
import { embeddedModules, toBase64 } from './embedded';
import { applyEdits, prependClient, usesWebAssembly } from './inject';
import { PluginOptionsError, resolveOptions, type PluginOptions, type ResolvedOptions } from './options';
import { instrumentOutputDir, instrumentWasm, type GivenFiles } from './wasm-file';

export type { PluginOptions } from './options';

const NAME = 'wasm-tracemalloc';
/** A bare id in this package's name (no `virtual:` scheme: webpack reads schemes as URLs). */
const CLIENT_ID = 'wasm-tracemalloc/virtual-client';
/**
 * What it resolves to: a path beside the real client that no file has (no `\0` id: esbuild resolves
 * the module's own imports from its folder), loaded by this plugin alone.
 */
const CLIENT_VIRTUAL = 'wasm-tracemalloc-client.virtual.js';
const JS = /\.[cm]?[jt]sx?$/;

/**
 * dist/bundler/client.js of this package: up from this file (a chunk of dist/, or bundler/ itself
 * when run from the sources) to the folder that holds the package.json and the built client.
 */
function clientFile(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'dist', 'bundler', 'client.js');
    if (existsSync(join(dir, 'package.json')) && existsSync(file)) return file;
    if (dirname(dir) === dir) throw new PluginOptionsError('wasm-tracemalloc: dist/bundler/client.js not found; expected a built package (npm run build)');
  }
}

function clientModule(options: ResolvedOptions, file: string): string {
  return `import { install } from ${JSON.stringify(file)};\ninstall(${JSON.stringify({ nframe: options.nframe, overlay: options.overlay, jsFrames: options.jsFrames })});\n`;
}

function toBytes(source: string | Uint8Array | Buffer): Uint8Array {
  return typeof source === 'string' ? new TextEncoder().encode(source) : new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
}

function log(line: string): void {
  console.info(line);
}

/**
 * The file a Vite dev-server URL names (`/@fs/abs`, the public folder, the project root), only
 * inside the folders Vite itself would serve (server.fs.allow, public/): this middleware runs
 * before Vite's own checks.
 */
function devServerFile(url: string, root: string, publicDir: string, base: string, allow: readonly string[]): string | null {
  let path = decodeURIComponent(url.split('?')[0]!);
  if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  const candidates = path.startsWith('/@fs/') ? [resolve(path.slice(4))] : [...(publicDir ? [join(publicDir, path)] : []), join(root, path)];
  const allowed = [...allow, ...(publicDir ? [publicDir] : [])].map((dir) => resolve(dir));
  for (const file of candidates) {
    if (!allowed.some((dir) => file === dir || file.startsWith(dir + sep))) continue;
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Only the bytes themselves: `?init`, `?url`, `?import` are JS modules Vite makes about the file. */
function isWasmRequest(url: string): boolean {
  const [path, query = ''] = url.split('?');
  return path!.endsWith('.wasm') && query.split('&').every((p) => p === '' || /^(v|t)=/.test(p));
}

const unplugin = createUnplugin<ResolvedOptions>((options) => {
  if (!options.enabled) return { name: NAME };
  const client = clientFile();
  const clientDir = dirname(client);
  let root = process.cwd();
  let viteConfig: { publicDir: string } | undefined;

  const plugin: UnpluginOptions = {
    name: NAME,
    enforce: 'pre',
    // filtered, so webpack puts its loaders on the client alone (never on a .wasm module)
    resolveId: {
      filter: { id: new RegExp(`^${CLIENT_ID}$`) },
      handler: () => join(clientDir, CLIENT_VIRTUAL),
    },
    load: {
      filter: { id: { include: [new RegExp(`${CLIENT_VIRTUAL.replace(/\./g, '\\.')}$`)] } },
      handler: () => clientModule(options, client),
    },
    transform: {
      filter: { id: { include: JS, exclude: [/\0/] } },
      handler(code: string, id: string, ...rest: unknown[]) {
        // not into server code (Vite passes { ssr } through), never into the client itself, nor
        // into the runtime it imports (that would be a cycle)
        if ((rest[0] as { ssr?: boolean } | undefined)?.ssr) return null;
        if (id.startsWith(clientDir) || id.startsWith(dirname(clientDir))) return null;
        // modules embedded as base64 (embedded.ts), in the app's scripts and in Vite's pre-bundled deps
        const edits = embeddedModules(code).flatMap(({ start, end, bytes }) => {
          const out = instrumentWasm(bytes, undefined, root, log, options, id.split('?')[0]);
          return out === bytes ? [] : [{ start, end, text: toBase64(out) }];
        });
        // the client goes in front of the app's modules, not into the pre-bundled deps
        if (!/node_modules[\\/]\.vite[\\/]/.test(id) && usesWebAssembly(code)) return prependClient(code, id, CLIENT_ID, edits);
        return edits.length ? applyEdits(code, id, '', edits) : null;
      },
    },
    vite: {
      config(config) {
        // Vite inlines small assets as data: URLs; a .wasm must stay a file the plugin can serve.
        const user = config.build?.assetsInlineLimit;
        return {
          build: {
            assetsInlineLimit: (file: string, content: Buffer) =>
              file.endsWith('.wasm') ? false : typeof user === 'function' ? user(file, content) : user === undefined ? undefined : content.length < user,
          },
        };
      },
      configResolved(config) {
        viteConfig = config;
        root = config.root;
        // the client lives in this package's dist/, which may sit outside the project (a link)
        config.server.fs.allow.push(dirname(clientDir));
      },
      transformIndexHtml: {
        order: 'pre',
        handler: () => [{ tag: 'script', attrs: { type: 'module' }, children: `import ${JSON.stringify(CLIENT_ID)};`, injectTo: 'head-prepend' }],
      },
      configureServer(server) {
        const { publicDir } = server.config;
        server.middlewares.use((req, res, next) => {
          if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url || !isWasmRequest(req.url)) return next();
          const file = devServerFile(req.url, server.config.root, publicDir, server.config.base, server.config.server.fs.allow);
          if (!file) return next();
          const bytes = instrumentWasm(new Uint8Array(readFileSync(file)), file, server.config.root, log, options);
          res.writeHead(200, { 'content-type': 'application/wasm', 'content-length': bytes.length, 'cache-control': 'no-cache' });
          res.end(req.method === 'HEAD' ? undefined : bytes);
        });
      },
      generateBundle(_, bundle) {
        instrumentBundle(bundle, root, options);
      },
      writeBundle(output) {
        if (!output.dir) return;
        const publicDir = viteConfig?.publicDir;
        instrumentOutputDir(output.dir, root, (rel) => (publicDir && existsSync(join(publicDir, rel)) ? join(publicDir, rel) : undefined), log, options);
      },
    },
    rollup: {
      generateBundle(_, bundle) {
        instrumentBundle(bundle, root, options);
      },
      writeBundle(output) {
        if (output.dir) instrumentOutputDir(output.dir, root, () => undefined, log, options);
      },
    },
    webpack(compiler) {
      root = compiler.context;
      const { Compilation, EntryPlugin, sources } = compiler.webpack;
      // a global entry (name undefined) runs before every entry of the build
      new EntryPlugin(compiler.context, CLIENT_ID, { name: undefined }).apply(compiler);
      compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
        compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, (assets) => {
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.wasm')) continue;
            const bytes = toBytes(compilation.getAsset(name)!.source.buffer());
            const file = webpackOrigin(compilation, bytes);
            compilation.updateAsset(name, new sources.RawSource(Buffer.from(instrumentWasm(bytes, file, root, log, options))));
          }
        });
      });
    },
    esbuild: {
      setup(build) {
        root = build.initialOptions.absWorkingDir ?? process.cwd();
        build.initialOptions.inject = [...(build.initialOptions.inject ?? []), CLIENT_ID];
        const loader = build.initialOptions.loader?.['.wasm'] ?? 'file';
        build.onLoad({ filter: /\.wasm$/, namespace: 'file' }, (args) => ({
          contents: instrumentWasm(new Uint8Array(readFileSync(args.path)), args.path, root, log, options),
          loader,
        }));
      },
    },
  };
  return plugin;
});

/**
 * The options and WASM_TRACEMALLOC are read when the config calls `wasmTracemalloc(…)`, not when
 * the bundler applies the plugin (webpack does that later, in its own time).
 */
export const plugins = {
  vite: (options?: PluginOptions) => unplugin.vite(resolveOptions(options)),
  rollup: (options?: PluginOptions) => unplugin.rollup(resolveOptions(options)),
  webpack: (options?: PluginOptions) => unplugin.webpack(resolveOptions(options)),
  esbuild: (options?: PluginOptions) => unplugin.esbuild(resolveOptions(options)),
};

interface BundleAsset {
  type: 'asset' | 'chunk';
  fileName: string;
  source?: string | Uint8Array;
  originalFileNames?: readonly string[];
}

/** Vite/Rollup builds: every emitted .wasm asset, whatever plugin emitted it. */
function instrumentBundle(bundle: Record<string, BundleAsset>, root: string, given: GivenFiles): void {
  for (const asset of Object.values(bundle)) {
    if (asset.type !== 'asset' || extname(asset.fileName) !== '.wasm' || asset.source === undefined) continue;
    const original = asset.originalFileNames?.[0];
    asset.source = instrumentWasm(toBytes(asset.source), original ? (isAbsolute(original) ? original : resolve(root, original)) : undefined, root, log, given);
  }
}

/** The source file of a webpack .wasm asset: the module whose file has these bytes. */
function webpackOrigin(compilation: { modules: Iterable<unknown> }, bytes: Uint8Array): string | undefined {
  for (const module of compilation.modules) {
    const resource = (module as { resource?: string }).resource;
    if (!resource || !resource.split('?')[0]!.endsWith('.wasm')) continue;
    try {
      const file = resource.split('?')[0]!;
      if (Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))) return file;
    } catch {
      // gone since: instrument without its folder
    }
  }
  return undefined;
}
