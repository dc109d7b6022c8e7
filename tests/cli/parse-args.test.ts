import { CliError } from '../../electron/cli/cli-error';
import { parseArgs, type OptionSpecs } from '../../electron/cli/parse-args';

const specs: OptionSpecs = { unit: { type: 'string' }, year: { type: 'string' }, blank: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };

describe('parseArgs', () => {
  it('reads positionals, values in both forms and flags', () => {
    const parsed = parseArgs(['a.rwproj', '--unit', '天津 工业', '--year=2025', '--blank', '-h'], specs);
    expect(parsed.positionals).toEqual(['a.rwproj']);
    expect(Object.fromEntries(parsed.strings)).toEqual({ unit: '天津 工业', year: '2025' });
    expect([...parsed.flags].sort()).toEqual(['blank', 'help']);
  });

  it('takes everything after -- as positionals', () => {
    expect(parseArgs(['--', '--blank', '-x'], specs).positionals).toEqual(['--blank', '-x']);
  });

  it.each([
    { argv: ['--frob'], en: 'unknown option --frob' },
    { argv: ['--frob=1'], en: 'unknown option --frob' },
    { argv: ['-x'], en: 'unknown option -x' },
    { argv: ['--unit'], en: 'option --unit needs a value' },
    { argv: ['--unit', '--year', '2025'], en: 'option --unit needs a value' },
    { argv: ['--blank=yes'], en: 'option --blank takes no value' },
  ])('refuses $argv with exit code 2', ({ argv, en }) => {
    let caught: unknown;
    try {
      parseArgs(argv, specs);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).exitCode).toBe(2);
    expect((caught as CliError).en).toContain(en);
  });
});
