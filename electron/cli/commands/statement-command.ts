import path from 'node:path';
import { isCalendarDay, type StatementSettings } from '../../../shared/statement/statement-text';
import { PROJECT_EXTENSION } from '../../project-store/constants';
import { Project } from '../../project-store/project';
import { ChromiumPrintEngine } from '../../export/pdf/chromium-print-engine';
import { issueStatement } from '../../statement/issue-statement';
import { identityFrom } from '../p12-option';
import { checkStatementImage, type CheckedPng } from '../../statement/statement-images';
import { EXIT_OK, usageError } from '../cli-error';
import { STATEMENT_HELP } from '../statement-help';
import { expectPositionals, type Command } from './command';

function settingsPatch(strings: ReadonlyMap<string, string>): Partial<StatementSettings> {
  const patch: { -readonly [K in keyof StatementSettings]?: StatementSettings[K] } = {};
  const signer = strings.get('signer');
  const date = strings.get('date');
  const template = strings.get('template');
  if (signer !== undefined) patch.signerName = signer.trim();
  if (date !== undefined) {
    if (!isCalendarDay(date)) throw usageError(`日期格式应为 YYYY-MM-DD：${date}`, `date must be YYYY-MM-DD: ${date}`);
    patch.date = date;
  }
  if (template !== undefined) {
    if (template.trim() === '') throw usageError('声明语句不能为空', 'the statement template cannot be empty');
    patch.template = template;
  }
  return patch;
}

export const statementCommand: Command = {
  name: 'statement',
  help: STATEMENT_HELP,
  options: {
    out: { type: 'string' },
    report: { type: 'string' },
    p12: { type: 'string' },
    'password-env': { type: 'string' },
    signature: { type: 'string' },
    seal: { type: 'string' },
    signer: { type: 'string' },
    date: { type: 'string' },
    template: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(args, io) {
    const [projectFile] = expectPositionals(args, [{ zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' }]) as [string];
    const out = args.strings.get('out');
    if (out === undefined) throw usageError('缺少 --out <声明.pdf|声明.docx>', 'missing --out <statement.pdf|statement.docx>');
    const lower = out.toLowerCase();
    if (!lower.endsWith('.pdf') && !lower.endsWith('.docx')) throw usageError('输出文件名应以 .pdf 或 .docx 结尾', 'the output file name must end in .pdf or .docx');
    if (lower.endsWith(PROJECT_EXTENSION) || path.resolve(out) === path.resolve(projectFile)) throw usageError('输出文件不能是项目文件本身', 'the output file cannot be the project file');
    const identity = identityFrom(args.strings.get('p12'), args.strings.get('password-env'));
    if (identity !== null && !lower.endsWith('.pdf')) throw usageError('数字签名只能用于 PDF 声明（--out 应为 .pdf）', 'digital signatures apply to PDF statements only (--out must be .pdf)');
    const patch = settingsPatch(args.strings);
    // Images are checked in full before the project is even opened for writing.
    const signatureFile = args.strings.get('signature');
    const sealFile = args.strings.get('seal');
    const signature: CheckedPng | null = signatureFile === undefined ? null : await checkStatementImage(signatureFile, 'signature');
    const seal: CheckedPng | null = sealFile === undefined ? null : await checkStatementImage(sealFile, 'seal');
    const project = Project.open(projectFile);
    // As `export --pdf`: Debian's Chromium over the DevTools pipe, started only if a PDF is printed.
    const printEngine = new ChromiumPrintEngine();
    try {
      const result = await issueStatement(project, { out, reportPath: args.strings.get('report') ?? null, identity, signature, seal, settingsPatch: patch, now: new Date(), printEngine });
      io.out(`已生成声明 ${result.path}${result.signed ? `（已数字签名：${identity?.commonName ?? ''}）` : ''} / statement written${result.signed ? ' (digitally signed)' : ''}\n`);
      if (result.reportSha256 !== null) io.out(`对应报告 SHA-256 / bound to report SHA-256: ${result.reportSha256}\n`);
      for (const warning of result.warnings) io.err(`警告：${warning.zh} / Warning: ${warning.en}\n`);
    } finally {
      project.close();
      await printEngine.close();
    }
    return EXIT_OK;
  },
};
