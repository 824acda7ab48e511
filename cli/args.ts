// A small hand-written argument parser. Each subcommand declares its options once (a CommandSpec);
// the same declaration parses argv and prints `--help`, so the help can never drift from what
// the parser accepts.

import { CliError } from './errors';

export type OptionKind = 'flag' | 'string' | 'list' | 'int' | 'number';

export interface OptionSpec {
  /** long name without dashes: `limit` for `--limit` */
  readonly name: string;
  readonly short?: string;
  readonly kind: OptionKind;
  /** placeholder shown in help: `N`, `FILE`, `PAT` */
  readonly value?: string;
  readonly help: string;
  /** smallest accepted value for int/number options */
  readonly min?: number;
  /** accepted values for string options */
  readonly choices?: readonly string[];
}

export interface PositionalSpec {
  readonly name: string;
  readonly help: string;
  /** true: one or more (SNAP1 SNAP2 …), the last positional only */
  readonly variadic?: boolean;
  readonly optional?: boolean;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: readonly OptionSpec[];
  /** `-- node app.mjs …`: everything after `--` is the command to run (required when true) */
  readonly command?: boolean;
  readonly description?: string;
  readonly examples?: readonly string[];
}

export type OptionValue = boolean | string | number | string[];

export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, OptionValue>;
  readonly command: string[];
  readonly help: boolean;
}

const HELP: OptionSpec = { name: 'help', short: 'h', kind: 'flag', help: 'show this help and exit' };

export function parseArgs(spec: CommandSpec, argv: readonly string[]): ParsedArgs {
  const options = new Map<string, OptionValue>();
  const positionals: string[] = [];
  let command: string[] = [];
  let help = false;
  const all = [...spec.options, HELP];
  const where = `\`${spec.name}\``;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      if (!spec.command) throw new CliError(`${where} takes no command after \`--\` (got '${argv.slice(i + 1).join(' ')}')`);
      command = argv.slice(i + 1);
      break;
    }
    if (arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg)) {
      let name: string;
      let inline: string | undefined;
      let opt: OptionSpec | undefined;
      if (arg.startsWith('--')) {
        const eq = arg.indexOf('=');
        name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
        inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
        opt = all.find((o) => o.name === name);
      } else {
        name = arg.slice(1);
        opt = all.find((o) => o.short === name);
        if (!opt && name.length > 1 && all.some((o) => o.short === name[0])) {
          // `-oFILE` / `-n5`
          opt = all.find((o) => o.short === name[0]);
          inline = name.slice(1);
        }
      }
      if (!opt) throw new CliError(`unknown option '${arg}' for ${where} (see \`wasm-tracemalloc ${spec.name} --help\`)`);
      const shown = `--${opt.name}`;
      if (opt.kind === 'flag') {
        if (inline !== undefined) throw new CliError(`option '${shown}' takes no value (got '${arg}')`);
        if (opt === HELP) help = true;
        else options.set(opt.name, true);
        continue;
      }
      let raw = inline;
      if (raw === undefined) {
        if (i + 1 >= argv.length || argv[i + 1] === '--') {
          throw new CliError(`option '${shown}' needs a value${opt.value ? ` (${opt.value})` : ''}`);
        }
        raw = argv[++i]!;
      }
      const value = convert(opt, raw);
      if (opt.kind === 'list') {
        const list = (options.get(opt.name) as string[] | undefined) ?? [];
        list.push(value as string);
        options.set(opt.name, list);
      } else {
        if (options.has(opt.name)) throw new CliError(`option '${shown}' given twice`);
        options.set(opt.name, value);
      }
      continue;
    }
    positionals.push(arg);
  }
  if (help) return { positionals, options, command, help };

  // positionals: required ones first, a variadic last one takes the rest
  const last = spec.positionals[spec.positionals.length - 1];
  const maxCount = last?.variadic ? Infinity : spec.positionals.length;
  if (positionals.length > maxCount) {
    throw new CliError(`unexpected argument '${positionals[maxCount]}' for ${where} (see \`wasm-tracemalloc ${spec.name} --help\`)`);
  }
  for (let p = 0; p < spec.positionals.length; p++) {
    const pos = spec.positionals[p]!;
    if (p >= positionals.length && !pos.optional) throw new CliError(`${where} needs ${pos.name}${pos.variadic ? ' …' : ''} (see \`wasm-tracemalloc ${spec.name} --help\`)`);
  }
  if (spec.command && command.length === 0) {
    throw new CliError(`${where} needs a command to run after \`--\`, e.g. \`wasm-tracemalloc ${spec.name} -- node app.mjs\``);
  }
  return { positionals, options, command, help };
}

function convert(opt: OptionSpec, raw: string): OptionValue {
  const shown = `--${opt.name}`;
  if (opt.kind === 'int' || opt.kind === 'number') {
    const n = opt.kind === 'int' ? (/^[+-]?\d+$/.test(raw.trim()) ? Number(raw) : NaN) : raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isFinite(n) || (opt.kind === 'int' && !Number.isSafeInteger(n))) {
      throw new CliError(`option '${shown}' expects ${opt.kind === 'int' ? 'an integer' : 'a number'}, got '${raw}'`);
    }
    if (opt.min !== undefined && n < opt.min) throw new CliError(`option '${shown}' must be >= ${opt.min}, got '${raw}'`);
    return n;
  }
  if (opt.choices && !opt.choices.includes(raw)) {
    throw new CliError(`option '${shown}' expects one of ${opt.choices.join(', ')}; got '${raw}'`);
  }
  return raw;
}

export function formatHelp(spec: CommandSpec): string {
  const usage = [`wasm-tracemalloc ${spec.name}`];
  for (const p of spec.positionals) usage.push(p.optional ? `[${p.name}]` : p.variadic ? `${p.name}…` : p.name);
  if (spec.options.length) usage.push('[options]');
  if (spec.command) usage.push('-- COMMAND [ARGS…]');
  const lines = [`Usage: ${usage.join(' ')}`, '', spec.summary];
  if (spec.description) lines.push('', spec.description);
  const rows: [string, string][] = [];
  for (const p of spec.positionals) rows.push([p.name, p.help]);
  if (spec.command) rows.push(['-- COMMAND…', 'the program to run, e.g. `-- node app.mjs`']);
  if (rows.length) lines.push('', 'Arguments:', ...table(rows));
  const optRows: [string, string][] = [...spec.options, HELP].map((o) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.kind === 'flag' ? '' : ` ${o.value ?? 'VALUE'}`}`;
    const extra = o.kind === 'list' ? ' (repeatable)' : '';
    return [flag, o.help + extra];
  });
  lines.push('', 'Options:', ...table(optRows));
  if (spec.examples?.length) lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
  return lines.join('\n') + '\n';
}

function table(rows: [string, string][]): string[] {
  const width = Math.min(30, Math.max(...rows.map(([a]) => a.length)));
  return rows.map(([a, b]) => (a.length > width ? `  ${a}\n  ${' '.repeat(width)}  ${b}` : `  ${a.padEnd(width)}  ${b}`));
}

// Typed accessors: the spec guarantees the kind, these only narrow for TypeScript.
export const flag = (a: ParsedArgs, name: string): boolean => a.options.get(name) === true;
export const str = (a: ParsedArgs, name: string): string | undefined => a.options.get(name) as string | undefined;
export const num = (a: ParsedArgs, name: string): number | undefined => a.options.get(name) as number | undefined;
export const list = (a: ParsedArgs, name: string): string[] => (a.options.get(name) as string[] | undefined) ?? [];
