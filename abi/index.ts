// The hook ABI (docs/hook-abi.md) in one import: `import { HOOK_MODULE, SITES_SECTION } from '../abi'`.
export * from './hooks';
export * from './sites';
export * from './code-identity';
export * from './site-codec';
export * from './errors';
