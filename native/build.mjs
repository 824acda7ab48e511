#!/usr/bin/env node
// Builds the native hook (node-gyp rebuild in native/) and NEVER fails: the package must install
// and work for wasm where there is no compiler or no Linux. When the build fails or is skipped,
// the reason (one sentence) goes to native/build/REASON, which native.reason reports.
//
// An addon newer than every source (src/, binding.gyp, this file) is kept: Node-API addons run on
// every Node version, and `npx wasm-tracemalloc` in the repository reruns this install script.
//
//   node native/build.mjs            (what `npm install` / `npm test` run)
//   node native/build.mjs --force    (rebuild even when up to date)
//   node native/build.mjs --verbose  (show node-gyp's output)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const nativeDir = dirname(fileURLToPath(import.meta.url));
const buildDir = join(nativeDir, 'build');
const reasonFile = join(buildDir, 'REASON');
const verbose = process.argv.includes('--verbose');

function done(reason) {
  mkdirSync(buildDir, { recursive: true });
  if (reason) {
    writeFileSync(reasonFile, reason + '\n');
    console.log(`wasm-tracemalloc: native hook not built: ${reason}`);
  } else {
    rmSync(reasonFile, { force: true });
    console.log('wasm-tracemalloc: native hook built');
  }
  process.exit(0);
}

function runs(command) {
  const r = spawnSync(command, ['--version'], { stdio: 'ignore', timeout: 30_000 });
  return !r.error && r.status === 0;
}

/** True when the built addon is newer than every file it is built from. */
function upToDate() {
  const addon = join(buildDir, 'Release', 'wasm_tracemalloc_native.node');
  if (!existsSync(addon) || existsSync(reasonFile)) return false;
  const inputs = [join(nativeDir, 'binding.gyp'), fileURLToPath(import.meta.url), ...readdirSync(join(nativeDir, 'src')).map((f) => join(nativeDir, 'src', f))];
  const built = statSync(addon).mtimeMs;
  return inputs.every((f) => statSync(f).mtimeMs <= built);
}

function main() {
  if (!process.argv.includes('--force') && !process.env.WASM_TRACEMALLOC_SKIP_NATIVE && upToDate()) {
    console.log('wasm-tracemalloc: native hook up to date');
    process.exit(0);
  }
  if (process.env.WASM_TRACEMALLOC_SKIP_NATIVE) return done('the build was skipped (WASM_TRACEMALLOC_SKIP_NATIVE is set)');
  if (process.platform !== 'linux') return done(`the native hook runs on Linux only, not on ${process.platform}`);
  if (process.arch !== 'x64' && process.arch !== 'arm64') return done(`the native hook supports x64 and arm64, not ${process.arch}`);

  const require = createRequire(import.meta.url);
  let gyp;
  try {
    gyp = require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // Installed as a dependency, the package has no node-gyp of its own; npm passes its bundled
    // one to install scripts.
    gyp = process.env.npm_config_node_gyp;
    if (!gyp || !existsSync(gyp)) return done('node-gyp is not installed');
  }
  try {
    require.resolve('node-addon-api');
  } catch {
    return done('node-addon-api is not installed');
  }
  const cxx = process.env.CXX || 'g++';
  if (!runs(cxx)) return done(`no C++ compiler was found (\`${cxx} --version\` failed; install g++)`);
  if (!runs('make')) return done('make was not found (install make)');
  const args = [gyp, 'rebuild'];
  // Build against the running Node's own headers when they are installed next to it (what
  // `npm config nodedir` points at on this machine), instead of downloading them.
  if (!process.env.npm_config_nodedir) {
    const prefix = resolve(dirname(process.execPath), '..');
    if (existsSync(join(prefix, 'include', 'node', 'node_api.h'))) args.push(`--nodedir=${prefix}`);
  }
  const r = spawnSync(process.execPath, args, {
    cwd: nativeDir,
    encoding: 'utf8',
    stdio: verbose ? 'inherit' : 'pipe',
    timeout: 10 * 60_000,
  });
  if (r.error) return done(`node-gyp could not run: ${r.error.message}`);
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
    const first = out.split('\n').find((l) => /error|not found|No such file/i.test(l) && !/^gyp ERR! (stack|System|command|cwd|node -v|node-gyp -v|not ok)/.test(l));
    const why = /Could not find any Python/i.test(out)
      ? 'node-gyp found no Python 3 (install python3)'
      : `node-gyp failed${first ? `: ${first.trim().slice(0, 200)}` : ` with exit code ${r.status}`}`;
    if (!verbose) process.stderr.write(out.split('\n').slice(-25).join('\n') + '\n');
    return done(why);
  }
  if (!existsSync(join(buildDir, 'Release', 'wasm_tracemalloc_native.node'))) {
    return done('node-gyp succeeded but produced no wasm_tracemalloc_native.node');
  }
  return done('');
}

try {
  main();
} catch (e) {
  done(`the build script failed: ${e instanceof Error ? e.message : String(e)}`);
}
