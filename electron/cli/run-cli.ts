/**
 * `reportworks` dispatch: global options, the sub-command, and the one rule for failures — one
 * line on stderr (Chinese / English) and a non-zero exit code, never a stack trace.
 */
import packageJson from '../../package.json';
import { EXIT_OK, errorLine, usageError } from './cli-error';
import type { CliIo } from './cli-io';
import type { Command } from './commands/command';
import { assignCommand } from './commands/assign-command';
import { departmentCommand } from './commands/department-command';
import { exportCommand } from './commands/export-command';
import { importMdCommand } from './commands/import-md-command';
import { infoCommand } from './commands/info-command';
import { mergeCommand } from './commands/merge-command';
import { newCommand } from './commands/new-command';
import { packageCommand } from './commands/package-command';
import { statementCommand } from './commands/statement-command';
import { verifyCommand } from './commands/verify-command';
import { describeError } from './error-text';
import { MAIN_HELP } from './help-text';
import { parseArgs } from './parse-args';

const COMMANDS: readonly Command[] = [
  newCommand,
  infoCommand,
  importMdCommand,
  exportCommand,
  departmentCommand,
  assignCommand,
  packageCommand,
  mergeCommand,
  statementCommand,
  verifyCommand,
];

function findCommand(name: string): Command {
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw usageError(`未知命令：${name}`, `unknown command: ${name}`);
  return command;
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
    io.out(rest[0] === undefined ? MAIN_HELP : findCommand(rest[0]).help);
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw usageError(`未知选项 ${first}`, `unknown option ${first}`);
  const command = findCommand(first);
  // Help wins over everything else on the line, so `new --help` works without the required options.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT_OK;
  }
  return await command.run(parseArgs(rest, command.options), io);
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const { zh, en, exitCode } = describeError(error);
    io.err(`${errorLine(zh, en)}\n`);
    return exitCode;
  }
}
