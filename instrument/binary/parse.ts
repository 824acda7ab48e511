// The module as the rewrite and the allocator detection see it: the one module reader's
// sections (wasm/module.ts) plus every function with its name, signature and export names.

import type { ModuleFunction } from '../detect';
import { InstrumentError } from '../errors';
import { readFunctionNames } from '../names';
import type { ModuleInfo } from '../wasm/module';

export type { FuncType } from '../wasm/module';

export interface ParsedModule extends ModuleInfo {
  functions: ModuleFunction[];
}

export function withFunctions(m: ModuleInfo): ParsedModule {
  const names = readFunctionNames(m.bytes, m.sections);
  const functions: ModuleFunction[] = m.funcTypes.map((t, index) => {
    const type = m.types[t];
    if (!type) throw new InstrumentError(`invalid wasm module: function ${index} has type ${t}, but there are ${m.types.length} types`, { code: 'invalid-module' });
    return { index, name: names.get(index) ?? `${index}`, imported: index < m.funcImports, params: type.params,
      results: type.results, exports: m.exports.get(index) ?? [] };
  });
  return { ...m, functions };
}
