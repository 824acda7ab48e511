// `--help` must be TRUE: every option it prints is accepted by the parser, every example it
// shows parses, and every command answers --help with exit 0 on stdout.
import { describe, expect, it, beforeAll } from 'vitest';
import { formatHelp, parseArgs, type OptionSpec } from '../../cli/args';
import { commands } from '../../cli/main';
import { cli } from './cli-process';

const sample = (o: OptionSpec): string => (o.choices ? o.choices[o.choices.length - 1]! : o.kind === 'int' ? String(Math.max(o.min ?? 0, 1)) : o.kind === 'number' ? '1.5' : 'x');

/** Shell-like split: 'quoted words' stay one argument. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('help is true', () => {
  for (const command of commands) {
    const { spec } = command;
    const positionals = spec.positionals.map((p) => `${p.name.toLowerCase()}.x`);
    const tail = spec.command ? ['--', 'node', 'app.mjs'] : [];
    it(`${spec.name}: every option in the help parses`, () => {
      const help = formatHelp(spec);
      const printed = [...help.matchAll(/^\s+(?:-(\w), )?\s*--([a-z-]+)/gm)].map((m) => ({ short: m[1], long: m[2]! }));
      expect(printed.map((p) => p.long).sort()).toEqual([...spec.options.map((o) => o.name), 'help'].sort());
      for (const { short, long } of printed) {
        if (long === 'help') continue;
        const o = spec.options.find((x) => x.name === long)!;
        const value = o.kind === 'flag' ? [] : [sample(o)];
        const args = parseArgs(spec, [...positionals, `--${long}`, ...value, ...tail]);
        expect(args.options.has(long)).toBe(true);
        if (short) expect(parseArgs(spec, [...positionals, `-${short}`, ...value, ...tail]).options.has(long)).toBe(true);
      }
    });
    it(`${spec.name}: every example parses`, () => {
      expect(spec.examples?.length ?? 0).toBeGreaterThan(0);
      for (const example of spec.examples ?? []) {
        const argv = words(example.split(' && ')[0]!);
        expect(argv.slice(0, 2)).toEqual(['wasm-tracemalloc', spec.name]);
        expect(() => parseArgs(spec, argv.slice(2))).not.toThrow();
      }
    });
  }
});

describe('--help from the built CLI', () => {
  it('lists every command', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c.spec.name}\\s+${c.spec.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });
  it.each(commands.map((c) => c.spec.name))('%s --help prints its usage and exits 0', (name) => {
    const r = cli([name, '--help']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`Usage: wasm-tracemalloc ${name}`)).toBe(true);
    expect(r.stdout).toBe(formatHelp(commands.find((c) => c.spec.name === name)!.spec));
  });
  it('--version', () => {
    expect(cli(['--version']).stdout).toMatch(/^wasm-tracemalloc \d+\.\d+\.\d+\n$/);
  });
});
