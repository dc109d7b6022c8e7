import path from 'node:path';
import { EXPORT_PART_KEYS, type ExportPartKey } from '../../../shared/export/export-parts';
import { exportDocxToFile } from '../../export/docx/export-docx';
import { PROJECT_EXTENSION } from '../../project-store/constants';
import { Project } from '../../project-store/project';
import { EXIT_OK, usageError } from '../cli-error';
import { exportPdfFromCli } from '../export-pdf-cli';
import { identityFrom } from '../p12-option';
import { EXPORT_HELP } from '../help-text';
import { expectPositionals, type Command } from './command';

function partsWithout(list: string | undefined): Partial<Record<ExportPartKey, boolean>> {
  if (list === undefined) return {};
  const parts: Partial<Record<ExportPartKey, boolean>> = {};
  for (const name of list.split(',').map((s) => s.trim()).filter(Boolean)) {
    const key = EXPORT_PART_KEYS.find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) throw usageError(`未知的部分：${name}`, `unknown part: ${name}`);
    parts[key] = false;
  }
  return parts;
}

export const exportCommand: Command = {
  name: 'export',
  help: EXPORT_HELP,
  options: {
    docx: { type: 'string' },
    pdf: { type: 'string' },
    without: { type: 'string' },
    p12: { type: 'string' },
    'password-env': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  async run(args, io) {
    const [projectFile] = expectPositionals(args, [{ zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' }]) as [string];
    const out = args.strings.get('docx');
    const pdfOut = args.strings.get('pdf');
    if (out === undefined && pdfOut === undefined) throw usageError('缺少 --docx <输出.docx> 或 --pdf <输出.pdf>', 'missing --docx <output.docx> or --pdf <output.pdf>');
    for (const [file, extension] of [[out, '.docx'], [pdfOut, '.pdf']] as const) {
      if (file === undefined) continue;
      if (!file.toLowerCase().endsWith(extension)) throw usageError(`输出文件名应以 ${extension} 结尾`, `the output file name must end in ${extension}`);
      if (file.toLowerCase().endsWith(PROJECT_EXTENSION) || path.resolve(file) === path.resolve(projectFile)) throw usageError('输出文件不能是项目文件本身', 'the output file cannot be the project file');
    }
    const parts = partsWithout(args.strings.get('without'));
    // The certificate is opened (password checked) before anything is exported.
    const identity = identityFrom(args.strings.get('p12'), args.strings.get('password-env'));
    if (identity !== null && pdfOut === undefined) throw usageError('数字签名只能用于 PDF（--p12 需与 --pdf 一起使用）', 'digital signatures apply to the PDF only (--p12 needs --pdf)');
    // Read-only: no lock, nothing written to the project, so exporting works while the app edits it.
    const project = Project.open(projectFile, { readOnly: true });
    try {
      if (out !== undefined) {
        const result = await exportDocxToFile(project, out, { parts });
        io.out(`已导出 ${result.path}（图片 ${result.images} 张，警告 ${result.warnings.length} 条）。\n`);
        for (const warning of result.warnings) io.err(`警告：${warning}\n`);
      }
      if (pdfOut !== undefined) await exportPdfFromCli(project, pdfOut, parts, io, identity);
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
