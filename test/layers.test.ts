// The layers of docs/architecture.md, checked: every import of every TypeScript source that goes
// into the package (read by TypeScript's own import scanner, so comments and strings never count)
// is held against what its top-level folder may import. A broken rule fails with the file, the
// import and the rule.
//
//   abi/         nothing (the hook ABI: the contract both sides import)
//   runtime/     runtime/, abi/ — no Node built-ins, no Binaryen: it runs in browsers
//   instrument/  instrument/, abi/ — beside runtime, not on it; no Node built-ins
//   native/      native/, runtime/, abi/, Node built-ins — never instrument/ or the folders above
//   node/, report/, cli/ and any other top-level folder: on top, anything — but only cli/ imports cli/
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { root } from './root';

interface Rule {
  /** Top-level folders this one may import (itself always). */
  folders: string[];
  nodeBuiltins: boolean;
  /** npm packages it must not import. */
  forbiddenPackages?: string[];
}

/** The folders below the top; any other folder with sources is on top. */
const RULES: Record<string, Rule> = {
  abi: { folders: [], nodeBuiltins: false, forbiddenPackages: ['*'] },
  runtime: { folders: ['abi'], nodeBuiltins: false, forbiddenPackages: ['binaryen'] },
  instrument: { folders: ['abi'], nodeBuiltins: false },
  native: { folders: ['runtime', 'abi'], nodeBuiltins: true, forbiddenPackages: ['binaryen'] },
};
/** Not sources of the package: tests, benchmarks, test programs, build output, dependencies. */
const NOT_SOURCES = new Set(['test', 'bench', 'fixtures', 'docs', 'bin', 'dist', 'node_modules', 'zoo']);
const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'build' && !entry.name.startsWith('.')) out.push(...sources(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const folders = readdirSync(root).filter(
  (name) => !NOT_SOURCES.has(name) && !name.startsWith('.') && statSync(join(root, name)).isDirectory() && sources(join(root, name)).length > 0,
);

/** Every module specifier of a file: static and dynamic imports, re-exports, require(). */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** Why this import breaks the rules, or null. */
function violation(from: string, specifier: string): string | null {
  const top = relative(root, from).split(sep)[0]!;
  const rule = RULES[top];
  if (specifier.startsWith('.')) {
    const target = relative(root, resolve(dirname(from), specifier));
    if (target.startsWith('..')) return 'reaches outside the repository';
    const to = target.split(sep)[0]!;
    if (to === top) return null;
    if (to === 'cli') return 'only cli/ imports cli/ (it is the application, on top of everything)';
    if (rule && !rule.folders.includes(to)) return `${top}/ may import ${[top, ...rule.folders].map((f) => `${f}/`).join(', ')} only, not ${to}/`;
    return null;
  }
  if (specifier === 'wasm-tracemalloc' || specifier.startsWith('wasm-tracemalloc/')) return 'the package imports its own folders by path, not by its name';
  if (!rule) return null;
  if (BUILTINS.has(specifier) || specifier.startsWith('node:')) return rule.nodeBuiltins ? null : `${top}/ imports no Node built-ins (it runs in browsers)`;
  const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  if (rule.forbiddenPackages?.includes('*') || rule.forbiddenPackages?.includes(pkg)) return `${top}/ must not import the package ${pkg}`;
  return null;
}

describe('layers (docs/architecture.md)', () => {
  it('finds the layers and their sources', () => {
    for (const folder of ['runtime', 'instrument', 'native', 'node', 'cli', 'report']) expect(folders).toContain(folder);
  });

  it.each(folders)('%s/: every import keeps to its rule', (folder) => {
    const broken: string[] = [];
    for (const file of sources(join(root, folder))) {
      for (const specifier of importsOf(file)) {
        const why = violation(file, specifier);
        if (why) broken.push(`${relative(root, file)}: import '${specifier}': ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(folders)('%s/README.md says what the folder may import', (folder) => {
    const readme = join(root, folder, 'README.md');
    expect(existsSync(readme), `${folder}/ has no README.md saying what lives there and what it may import`).toBe(true);
    expect(readFileSync(readme, 'utf8')).toMatch(/may import/i);
  });

  it('the checker catches what it must: a broken rule of each kind is reported', () => {
    const at = (path: string) => join(root, path);
    expect(violation(at('runtime/tracer/tracer.ts'), '../../native/index')).toMatch(/runtime\/ may import runtime\/, abi\/ only, not native\//);
    expect(violation(at('runtime/tracer/tracer.ts'), '../../instrument/index')).toMatch(/not instrument\//);
    expect(violation(at('runtime/model/file-io.ts'), 'node:fs')).toMatch(/no Node built-ins/);
    expect(violation(at('runtime/model/file-io.ts'), 'fs')).toMatch(/no Node built-ins/);
    expect(violation(at('runtime/index.ts'), 'binaryen')).toMatch(/must not import the package binaryen/);
    expect(violation(at('native/index.ts'), '../instrument/index')).toMatch(/not instrument\//);
    expect(violation(at('native/index.ts'), '../node/index')).toMatch(/not node\//);
    expect(violation(at('instrument/index.ts'), '../runtime/index')).toMatch(/not runtime\//);
    expect(violation(at('node/index.ts'), '../cli/main')).toMatch(/only cli\/ imports cli\//);
    expect(violation(at('report/index.ts'), '../../elsewhere/x')).toMatch(/outside the repository/);
    expect(violation(at('cli/main.ts'), 'wasm-tracemalloc/native')).toMatch(/by path, not by its name/);
    // and lets through what is allowed
    expect(violation(at('native/index.ts'), '../runtime/tracer/index')).toBeNull();
    expect(violation(at('native/index.ts'), 'node:worker_threads')).toBeNull();
    expect(violation(at('node/register.ts'), '../instrument/index')).toBeNull();
    expect(violation(at('runtime/index.ts'), '../abi/index')).toBeNull();
  });

  it('the scanner sees dynamic imports and re-exports, and not comments', () => {
    const seen = ts.preProcessFile(`// import '../x'\nexport * from './a';\nconst m = await import('../b');\nimport type { T } from './c';`, true, true);
    expect(seen.importedFiles.map((f) => f.fileName)).toEqual(['./a', '../b', './c']);
  });
});
