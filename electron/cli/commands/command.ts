import { usageError } from '../cli-error';
import type { CliIo } from '../cli-io';
import type { OptionSpecs, ParsedArgs } from '../parse-args';

/**
 * One `reportworks` sub-command: its options, help text and what it does; returns the exit code
 * (asynchronously for commands that prepare images, which sharp does off the main thread).
 */
export interface Command {
  readonly name: string;
  readonly help: string;
  readonly options: OptionSpecs;
  run(args: ParsedArgs, io: CliIo): number | Promise<number>;
}

export interface PositionalName {
  readonly zh: string;
  readonly en: string;
}

/** Exactly the named positionals, or a usage error naming the missing or the extra one. */
export function expectPositionals(args: ParsedArgs, names: readonly PositionalName[]): string[] {
  const missing = names[args.positionals.length];
  if (missing) throw usageError(`缺少参数：${missing.zh}`, `missing argument: ${missing.en}`);
  const extra = args.positionals[names.length];
  if (extra !== undefined) throw usageError(`多余的参数：${extra}`, `unexpected argument: ${extra}`);
  return args.positionals.slice();
}
