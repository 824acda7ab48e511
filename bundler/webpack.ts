// `import wasmTracemalloc from 'wasm-tracemalloc/webpack'`: the plugin of plugin.ts for webpack.
import { plugins } from './plugin';

export type { PluginOptions } from './plugin';
export default plugins.webpack;
