/**
 * Export wrapping: an export call that traps leaves the shadow stack high (its `leave`s never
 * ran), so every exported function is wrapped to count calls in progress and empty the
 * domain's shadow stack when the outermost one returns or throws (docs/hook-abi.md).
 * Wrappers keep the export's name and arity and pass exactly `length` arguments (what a wasm
 * function reads anyway), so no rest array is made per call.
 */
import type { WasmDomain } from './wasm-domain';

type AnyFunction = (...args: unknown[]) => unknown;

function wrapFunction(f: AnyFunction, d: WasmDomain): AnyFunction {
  const done = (): void => {
    if (--d.activeCalls === 0) d.resetShadowStack();
  };
  let wrapped: AnyFunction;
  switch (f.length) {
    case 0:
      wrapped = function () { d.activeCalls++; try { return f(); } finally { done(); } };
      break;
    case 1:
      wrapped = function (a) { d.activeCalls++; try { return f(a); } finally { done(); } };
      break;
    case 2:
      wrapped = function (a, b) { d.activeCalls++; try { return f(a, b); } finally { done(); } };
      break;
    case 3:
      wrapped = function (a, b, c) { d.activeCalls++; try { return f(a, b, c); } finally { done(); } };
      break;
    case 4:
      wrapped = function (a, b, c, e) { d.activeCalls++; try { return f(a, b, c, e); } finally { done(); } };
      break;
    default:
      wrapped = function (this: unknown, ...args: unknown[]) { d.activeCalls++; try { return f.apply(this, args); } finally { done(); } };
  }
  Object.defineProperty(wrapped, 'name', { value: f.name });
  Object.defineProperty(wrapped, 'length', { value: f.length });
  return wrapped;
}

/** A frozen copy of `exports` with every function wrapped; memories, tables, globals as-is. */
export function wrapExports(exports: WebAssembly.Exports, domain: WasmDomain): WebAssembly.Exports {
  const out: Record<string, WebAssembly.ExportValue> = Object.create(null);
  for (const key of Object.keys(exports)) {
    const value = exports[key];
    out[key] = typeof value === 'function' ? (wrapFunction(value as AnyFunction, domain) as WebAssembly.ExportValue) : value;
  }
  return Object.freeze(out);
}

/** Makes `instance.exports` the wrapped exports (an own property shadows the prototype getter). */
export function installWrappedExports(instance: WebAssembly.Instance, domain: WasmDomain): WebAssembly.Instance {
  Object.defineProperty(instance, 'exports', {
    value: wrapExports(instance.exports, domain),
    enumerable: true,
    configurable: false,
    writable: false,
  });
  return instance;
}
