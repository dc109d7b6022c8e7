import fs from 'node:fs';
import { verifyStatement } from '../../statement/verify-statement';
import { EXIT_FAILURE, EXIT_OK, usageError } from '../cli-error';
import { VERIFY_HELP } from '../statement-help';
import { expectPositionals, type Command } from './command';

function readInput(file: string, zh: string, en: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch {
    throw usageError(`找不到${zh}：${file}`, `${en} not found: ${file}`);
  }
}

export const verifyCommand: Command = {
  name: 'verify',
  help: VERIFY_HELP,
  options: { report: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  async run(args, io) {
    const [statementFile] = expectPositionals(args, [{ zh: '声明文件（.pdf）', en: 'statement file (.pdf)' }]) as [string];
    const reportFile = args.strings.get('report');
    const statement = readInput(statementFile, '声明文件', 'statement file');
    const report = reportFile === undefined ? null : readInput(reportFile, '报告文件', 'report file');
    const result = await verifyStatement(statement, report);
    for (const check of result.checks) io.out(`${check.ok ? '✔ 通过' : '✘ 失败'}：${check.zh} / ${check.ok ? 'OK' : 'FAILED'}: ${check.en}\n`);
    if (result.fingerprint !== null && report === null) io.out(`声明绑定的报告 SHA-256 / bound report SHA-256: ${result.fingerprint}\n`);
    io.out(result.ok ? '结论：全部检查通过 / Result: all checks passed\n' : '结论：核验未通过 / Result: verification FAILED\n');
    return result.ok ? EXIT_OK : EXIT_FAILURE;
  },
};
