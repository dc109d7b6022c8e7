import path from 'node:path';
import { PROJECT_EXTENSION } from '../../project-store/constants';
import { inspectProjectHeader } from '../../project-store/file-header';
import { importMarkdownIntoProject } from '../../import/import-markdown-file';
import { prepareDocxImport } from '../../word/report/read-report-docx';
import { EXIT_OK, usageError } from '../cli-error';
import { IMPORT_DOCX_HELP } from '../import-docx-help';
import { importNotices } from '../import-notices';
import { expectPositionals, type Command } from './command';

export const importDocxCommand: Command = {
  name: 'import-docx',
  help: IMPORT_DOCX_HELP,
  options: { verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  async run(args, io) {
    const [projectFile, docxFile] = expectPositionals(args, [
      { zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' },
      { zh: 'Word 文件（.docx）', en: 'Word file (.docx)' },
    ]) as [string, string];
    if (/\.docx?$/i.test(projectFile) && docxFile.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      throw usageError('参数顺序应为：<项目.rwproj> <报告.docx>', 'the order is: <project.rwproj> <report.docx>');
    }
    // The project's header first (plain reads, no lock): a wrong project file is said before the
    // Word file's images take seconds. The Word file is read and prepared before the project is opened.
    inspectProjectHeader(path.resolve(projectFile));
    const prepared = await prepareDocxImport(docxFile);
    const outcome = importMarkdownIntoProject(projectFile, prepared);
    const { nodes, tally, front } = prepared.report;
    const sections = nodes.reduce((sum, n) => sum + n.children.length, 0);
    io.out(
      `已导入 ${path.basename(docxFile)} → ${path.resolve(projectFile)}：${nodes.length} 章 ${sections} 节，` +
        `正文小标题 ${prepared.report.contentHeadings} 个，表格 ${tally.tables} 个，图 ${tally.figures} 个（图片 ${prepared.assets.length} 张），` +
        `案例 ${tally.cases} 个，交叉引用 ${tally.crossReferences} 处，字数 ${outcome.stats.characters.words.toLocaleString('en-US')}。\n`,
    );
    const skipped = [front.cover > 0 ? `封面 ${front.cover} 段` : '', front.statement > 0 ? `声明 ${front.statement} 段` : '', front.toc > 0 ? `目录 ${front.toc} 行` : ''].filter((s) => s !== '');
    if (skipped.length > 0) io.out(`已识别并略去：${skipped.join('，')}。\n`);
    if (outcome.replacedNodes > 0) io.out(`原有的 ${outcome.replacedNodes} 个一级章节已移入“已删除”，可在应用中恢复。\n`);
    for (const line of importNotices(tally, prepared.warnings, args.flags.has('verbose'))) io.err(`${line}\n`);
    return EXIT_OK;
  },
};
