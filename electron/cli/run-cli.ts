/**
 * `reportworks` dispatch: global options, the sub-command, and the one rule for failures — one
 * line on stderr (Chinese / English) and a non-zero exit code, never a stack trace.
 */
import packageJson from '../../package.json';
import { AppError } from '../errors/app-error';
import { describeThrown, type ErrorLog } from '../errors/error-log';
import { CliError, EXIT_OK, errorLine, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import type { Command } from './commands/command';
import { COMMANDS } from './command-table';
import { describeError } from './error-text';
import { MAIN_HELP } from './help-text';
import { parseArgs } from './parse-args';

async function findCommand(name: string): Promise<Command> {
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) throw usageError(`未知命令：${name}`, `unknown command: ${name}`);
  return load();
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw usageError('缺少命令', 'missing command');
  if (first === '-h' || first === '--help') {
    io.out(MAIN_HELP);
    return EXIT_OK;
  }
  if (first === '-v' || first === '--version') {
    io.out(`reportworks ${packageJson.version}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    io.out(rest[0] === undefined ? MAIN_HELP : (await findCommand(rest[0])).help);
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw usageError(`未知选项 ${first}`, `unknown option ${first}`);
  const command = await findCommand(first);
  // Help wins over everything else on the line, so `new --help` works without the required options.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT_OK;
  }
  return await command.run(parseArgs(rest, command.options), io);
}

/**
 * Runs one command line. An error nobody expected (not a CliError or AppError) is written with its
 * stack to `log`, and the one line on stderr says where that file is.
 */
export async function runCli(argv: readonly string[], io: CliIo, log?: ErrorLog): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const { zh, en, exitCode } = describeError(error);
    const internal = !(error instanceof CliError) && !(error instanceof AppError);
    const written = internal && log !== undefined && log.write({ kind: 'internal', where: `cli ${argv[0] ?? ''}`.trim(), ...describeThrown(error) });
    const line = written ? errorLine(`${zh}（详细信息见日志 ${log.file}）`, `${en} (details in the log ${log.file})`) : errorLine(zh, en);
    io.err(`${line}\n`);
    return exitCode;
  }
}
