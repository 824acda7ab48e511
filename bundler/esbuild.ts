// `import wasmTracemalloc from 'wasm-tracemalloc/esbuild'`: the plugin of plugin.ts for esbuild.
import { plugins } from './plugin';

export type { PluginOptions } from './plugin';
export default plugins.esbuild;
