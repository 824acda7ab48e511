// `wasm-tracemalloc <command>`: finds the subcommand, parses its options, runs it. Every error a
// user can cause is printed as ONE line `wasm-tracemalloc: …` and exits 2; a traced program
// that fails exits 1. Stacks are printed only with WASM_TRACEMALLOC_DEBUG=1 (for us, not users).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHelp, parseArgs } from './args';
import { packageRoot } from './child';
import type { Command } from './command';
import { CliError, oneLine } from './errors';
import { processIo, type Io } from './io';
import { instrumentCommand } from './instrument';
import { runCommand } from './run';
import { topCommand } from './top';
import { compareCommand } from './compare';
import { leaksCommand } from './leaks';
import { reportCommand } from './report';
import { exportCommand } from './export';
import { demoCommand } from './demo';
import { linesCommand } from './lines';
import { growthCommand } from './growth';
import { cacheCommand } from './cache';
import { statsCommand } from './stats';
import { treeCommand } from './tree';
import { symbolizeCommand } from './symbolize';

export const commands: readonly Command[] = [
  instrumentCommand, runCommand, topCommand, statsCommand, treeCommand, compareCommand, linesCommand, growthCommand, leaksCommand, reportCommand, exportCommand, symbolizeCommand, demoCommand, cacheCommand,
];

/** The version in our package.json (one source of truth). */
export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.spec.name.length));
  return [
    'Usage: wasm-tracemalloc <command> [options]',
    '',
    "Python's tracemalloc for WebAssembly: trace every allocation of a wasm module's linear memory",
    'and show where it goes, by file:line.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`),
    '',
    'Options:',
    '  -h, --help     show this help (or `wasm-tracemalloc <command> --help`)',
    '  -V, --version  print the version',
    '',
    'Exit codes: 0 ok, 1 the traced program failed, 2 bad usage or bad input,',
    '3 `leaks --fail` found blocks still allocated at exit.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined) {
      throw new CliError(`missing command (expected one of: ${commands.map((c) => c.spec.name).join(', ')}; see \`wasm-tracemalloc --help\`)`);
    }
    if (name === '-h' || name === '--help' || name === 'help') {
      if (name === 'help' && rest[0]) return main([rest[0], '--help'], io);
      io.out.write(mainHelp());
      return 0;
    }
    if (name === '-V' || name === '--version') {
      io.out.write(`wasm-tracemalloc ${version()}\n`);
      return 0;
    }
    const command = commands.find((c) => c.spec.name === name);
    if (!command) {
      const known = commands.map((c) => c.spec.name).join(', ');
      throw new CliError(`unknown command '${name}' (expected one of: ${known}; see \`wasm-tracemalloc --help\`)`);
    }
    const args = parseArgs(command.spec, rest);
    if (args.help) {
      io.out.write(formatHelp(command.spec));
      return 0;
    }
    return await command.run(args, io);
  } catch (error) {
    if (io.env.WASM_TRACEMALLOC_DEBUG && error instanceof Error) io.err.write(`${error.stack}\n`);
    io.err.write(`wasm-tracemalloc: ${oneLine(error)}\n`);
    return error instanceof CliError ? error.exitCode : 2;
  }
}
