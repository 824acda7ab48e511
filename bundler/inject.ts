// Where the client (client.ts) enters the app: one statement prepended to a module, `import` or
// `require` as the module itself speaks, on the module's first line so every other line keeps its
// number (the returned source map shifts line 1 only). An ES module's imports run in order, so the
// client — patchWebAssembly() and start() — runs before anything the module imports after it.

/** Modules that may call WebAssembly themselves: they get the client before their own code. */
export function usesWebAssembly(code: string): boolean {
  return code.includes('WebAssembly') || /\.wasm\b/.test(code);
}

/** A module with no import/export statements but CommonJS markers stays CommonJS. */
function isCommonJs(code: string): boolean {
  const esm = /^\s*(import\s*[\w{*'"]|export\s)/m.test(code) || code.includes('import.meta');
  return !esm && /\b(module\.exports|exports\.\w+|require\()/.test(code);
}

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += VLQ[digit];
  } while (v > 0);
  return out;
}

export interface Injected {
  code: string;
  map: { version: 3; sources: string[]; names: string[]; mappings: string };
}

/** `code` with the client's import in front; `id` names the original in the map. */
export function prependClient(code: string, id: string, client: string): Injected {
  const statement = isCommonJs(code) ? `require(${JSON.stringify(client)});` : `import ${JSON.stringify(client)};`;
  const lines = code.split('\n').length;
  // line 1: generated column `statement.length` is original column 0; every other line maps to itself
  const mappings = [`${vlq(statement.length)}AAA`, ...Array.from({ length: lines - 1 }, () => 'AACA')].join(';');
  return { code: statement + code, map: { version: 3, sources: [id], names: [], mappings } };
}
