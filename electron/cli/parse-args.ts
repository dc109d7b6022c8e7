/**
 * A small strict argument parser: known options only (`--name value`, `--name=value`, boolean
 * flags, `-h`), `--` ends the options. Node's util.parseArgs would do, but its errors are English
 * prose we would have to pick apart to give a Chinese message.
 */
import { usageError } from './cli-error';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Single-letter alias, without the dash. */
  readonly short?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly strings: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
}

export function parseArgs(argv: readonly string[], specs: OptionSpecs): ParsedArgs {
  const positionals: string[] = [];
  const strings = new Map<string, string>();
  const flags = new Set<string>();
  const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsEnded = true;
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const key = long ? arg.slice(2, eq > 0 ? eq : undefined) : arg.slice(1);
    const name = long ? key : byShort.get(key);
    const spec = name === undefined ? undefined : specs[name];
    if (name === undefined || spec === undefined) throw usageError(`未知选项 ${arg.split('=')[0]}`, `unknown option ${arg.split('=')[0]}`);
    if (spec.type === 'boolean') {
      if (long && eq > 0) throw usageError(`选项 --${name} 不带值`, `option --${name} takes no value`);
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (long && eq > 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      // `--unit --year` means the value was forgotten, not that the unit is called "--year".
      if (value !== undefined && value.startsWith('--')) value = undefined;
      else i += 1;
    }
    if (value === undefined) throw usageError(`选项 --${name} 缺少取值`, `option --${name} needs a value`);
    strings.set(name, value);
  }
  return { positionals, strings, flags };
}
