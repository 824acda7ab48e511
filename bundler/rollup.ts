// `import wasmTracemalloc from 'wasm-tracemalloc/rollup'`: the plugin of plugin.ts for rollup.
import { plugins } from './plugin';

export type { PluginOptions } from './plugin';
export default plugins.rollup;
