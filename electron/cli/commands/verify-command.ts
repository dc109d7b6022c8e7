import fs from 'node:fs';
import { verifyStatement, type VerifyCheck, type VerifyResult } from '../../statement/verify-statement';
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

function lineMark(check: VerifyCheck): string {
  if (check.note) return 'ℹ 说明';
  return check.ok ? '✔ 通过' : '✘ 失败';
}

function lineMarkEn(check: VerifyCheck): string {
  if (check.note) return 'NOTE';
  return check.ok ? 'OK' : 'FAILED';
}

function conclusion(result: VerifyResult, withReport: boolean): string {
  if (!result.ok && !result.signed && !withReport && result.checks.every((c) => c.ok)) {
    return '结论：没有数字签名，也未给出 --report，无可核验的内容 / Result: nothing verified (no digital signature and no --report)';
  }
  if (!result.ok) return '结论：核验未通过 / Result: verification FAILED';
  return result.signed
    ? '结论：全部检查通过 / Result: all checks passed'
    : '结论：报告指纹核对通过（无数字签名）/ Result: the report fingerprint matches (no digital signature)';
}

export const verifyCommand: Command = {
  name: 'verify',
  help: VERIFY_HELP,
  options: { report: { type: 'string' }, 'require-signature': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  async run(args, io) {
    const [statementFile] = expectPositionals(args, [{ zh: '声明文件（.pdf）', en: 'statement file (.pdf)' }]) as [string];
    const reportFile = args.strings.get('report');
    const statement = readInput(statementFile, '声明文件', 'statement file');
    const report = reportFile === undefined ? null : readInput(reportFile, '报告文件', 'report file');
    const result = await verifyStatement(statement, report, { requireSignature: args.flags.has('require-signature') });
    for (const check of result.checks) io.out(`${lineMark(check)}：${check.zh} / ${lineMarkEn(check)}: ${check.en}\n`);
    if (result.fingerprint !== null && report === null) io.out(`声明绑定的报告 SHA-256 / bound report SHA-256: ${result.fingerprint}\n`);
    io.out(`${conclusion(result, report !== null)}\n`);
    return result.ok ? EXIT_OK : EXIT_FAILURE;
  },
};
