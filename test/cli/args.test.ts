// The pieces under the commands: the argument parser, colour decisions, snapshot-name templates.
import { describe, expect, it } from 'vitest';
import { parseArgs, type CommandSpec } from '../../cli/args';
import { expandTemplate } from '../../cli/child';
import { CliError } from '../../cli/errors';
import { paint, wantsColor } from '../../cli/io';

const SPEC: CommandSpec = {
  name: 'x',
  summary: 'test',
  positionals: [{ name: 'A', help: '' }, { name: 'REST', help: '', variadic: true, optional: true }],
  options: [
    { name: 'output', short: 'o', kind: 'string', help: '' },
    { name: 'limit', short: 'n', kind: 'int', min: 0, help: '' },
    { name: 'every', kind: 'number', min: 0.05, help: '' },
    { name: 'include', kind: 'list', help: '' },
    { name: 'json', kind: 'flag', help: '' },
  ],
  command: false,
};

describe('parseArgs', () => {
  it('reads long, long=value, short, short-attached, repeated lists and flags', () => {
    const a = parseArgs(SPEC, ['a', '--output', 'f1', '--limit=3', '--include', 'p1', '--include=p2', '--json', 'b', 'c']);
    expect(a.positionals).toEqual(['a', 'b', 'c']);
    expect(Object.fromEntries(a.options)).toEqual({ output: 'f1', limit: 3, include: ['p1', 'p2'], json: true });
    const b = parseArgs(SPEC, ['-ofile.html', '-n', '0', 'a', '--every', '0.5']);
    expect(Object.fromEntries(b.options)).toEqual({ output: 'file.html', limit: 0, every: 0.5 });
  });

  it('takes values that look like negative numbers or contain "="', () => {
    expect(() => parseArgs(SPEC, ['a', '--limit', '-2'])).toThrow("option '--limit' must be >= 0, got '-2'");
    expect(parseArgs(SPEC, ['a', '-o', 'k=v.html']).options.get('output')).toBe('k=v.html');
    expect(parseArgs(SPEC, ['a', '--output=--weird']).options.get('output')).toBe('--weird');
  });

  it('refuses what it does not know, with the value quoted', () => {
    const fails = (argv: string[]) => {
      try {
        parseArgs(SPEC, argv);
      } catch (e) {
        expect(e).toBeInstanceOf(CliError);
        return (e as CliError).message;
      }
      throw new Error('no error');
    };
    expect(fails(['a', '--nope'])).toBe("unknown option '--nope' for `x` (see `wasm-tracemalloc x --help`)");
    expect(fails(['a', '--limit', '1.5'])).toBe("option '--limit' expects an integer, got '1.5'");
    expect(fails(['a', '--every', '0'])).toBe("option '--every' must be >= 0.05, got '0'");
    expect(fails(['a', '--every', ''])).toBe("option '--every' expects a number, got ''");
    expect(fails(['a', '--output'])).toBe("option '--output' needs a value");
    expect(fails(['a', '--output', '--', 'x'])).toBe("option '--output' needs a value");
    expect(fails([])).toBe('`x` needs A (see `wasm-tracemalloc x --help`)');
    expect(fails(['a', '--', 'node'])).toBe("`x` takes no command after `--` (got 'node')");
  });

  it('--help wins over missing arguments', () => {
    expect(parseArgs(SPEC, ['--help']).help).toBe(true);
    expect(parseArgs(SPEC, ['-h']).help).toBe(true);
  });

  it('everything after -- is the command, untouched', () => {
    const spec: CommandSpec = { ...SPEC, positionals: [], command: true };
    const a = parseArgs(spec, ['--json', '--', 'node', '--json', 'app.mjs', '--', '-x']);
    expect(a.command).toEqual(['node', '--json', 'app.mjs', '--', '-x']);
    expect(a.options.get('json')).toBe(true);
    expect(() => parseArgs(spec, ['--json'])).toThrow('`x` needs a command to run after `--`');
  });
});

describe('colours', () => {
  const tty = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };
  it('on a terminal only, NO_COLOR wins, FORCE_COLOR forces, TERM=dumb has none', () => {
    expect(wantsColor(tty, {})).toBe(true);
    expect(wantsColor(pipe, {})).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: '' })).toBe(true);
    expect(wantsColor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(pipe, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(wantsColor(tty, { TERM: 'dumb' })).toBe(false);
    expect(paint({ color: true }, 'red', 'x')).toBe('\x1b[31mx\x1b[0m');
    expect(paint({ color: false }, 'red', 'x')).toBe('x');
  });
});

describe('snapshot name templates', () => {
  it('expands $pid, $timestamp and $counter as pytracemalloc did', () => {
    const date = new Date(2026, 10, 22, 9, 5, 7);
    expect(expandTemplate('snap-$pid-$timestamp-$counter.tmsnap', { pid: 4242, counter: 7, date })).toBe('snap-4242-2026-11-22-09:05:07-0007.tmsnap');
    expect(expandTemplate('${pid}_${counter}', { pid: 1, counter: 12345, date })).toBe('1_12345');
    expect(expandTemplate('plain.tmsnap', { pid: 1, counter: 1, date })).toBe('plain.tmsnap');
    expect(expandTemplate('$pidx', { pid: 1, counter: 1, date })).toBe('$pidx');
  });
});
