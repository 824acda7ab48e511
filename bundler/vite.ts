// `import wasmTracemalloc from 'wasm-tracemalloc/vite'`: the plugin of plugin.ts for vite.
import { plugins } from './plugin';

export type { PluginOptions } from './plugin';
export default plugins.vite;
