// What every subcommand file exports: its declaration (parsed and printed by args.ts) and run().
import type { CommandSpec, ParsedArgs } from './args';
import type { Io } from './io';

export interface Command {
  readonly spec: CommandSpec;
  /** resolves to the exit code: 0 ok, 1 the traced program failed; bad input throws CliError */
  run(args: ParsedArgs, io: Io): Promise<number>;
}
