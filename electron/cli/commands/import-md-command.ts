import path from 'node:path';
import { PROJECT_EXTENSION } from '../../project-store/constants';
import { inspectProjectHeader } from '../../project-store/file-header';
import { importMarkdownIntoProject, prepareImages, readMarkdownReport } from '../../import/import-markdown-file';
import { EXIT_OK, usageError } from '../cli-error';
import { IMPORT_MD_HELP } from '../help-text';
import { IMPORT_MD_PACKAGE_HELP } from '../collaboration-help';
import { importMarkdownIntoPackageCommand } from '../import-md-package';
import { isPackageFile } from '../../project-store/package-file';
import { importNotices } from '../import-notices';
import { expectPositionals, type Command } from './command';

export const importMdCommand: Command = {
  name: 'import-md',
  help: IMPORT_MD_HELP + IMPORT_MD_PACKAGE_HELP,
  options: { verbose: { type: 'boolean' }, section: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  async run(args, io) {
    const [projectFile, markdownFile] = expectPositionals(args, [
      { zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' },
      { zh: 'Markdown 文件', en: 'Markdown file' },
    ]) as [string, string];
    if (/\.(md|markdown|txt)$/i.test(projectFile) && markdownFile.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      throw usageError('参数顺序应为：<项目.rwproj> <报告.md>', 'the order is: <project.rwproj> <report.md>');
    }
    // A department's package (told by its header, whatever its name) takes one section's draft.
    if (isPackageFile(projectFile)) return importMarkdownIntoPackageCommand(projectFile, markdownFile, args, io);
    if (args.strings.has('section')) throw usageError('--section 只用于导入到材料包（.rwpkg）', '--section is only for a package (.rwpkg)');
    // Markdown and images first: a file we cannot read must not touch the project at all. The
    // project's header is checked (plain reads, no lock) before the images, which take seconds.
    const report = readMarkdownReport(markdownFile);
    inspectProjectHeader(path.resolve(projectFile));
    const prepared = await prepareImages(report, markdownFile);
    const outcome = importMarkdownIntoProject(projectFile, prepared);
    const { nodes, tally } = prepared.report;
    const sections = nodes.reduce((sum, n) => sum + n.children.length, 0);
    io.out(
      `已导入 ${path.basename(markdownFile)} → ${path.resolve(projectFile)}：${nodes.length} 章 ${sections} 节，` +
        `正文小标题 ${prepared.report.contentHeadings} 个，表格 ${tally.tables} 个，图 ${tally.figures} 个（图片 ${prepared.assets.length} 张），` +
        `案例 ${tally.cases} 个，交叉引用 ${tally.crossReferences} 处，字数 ${outcome.stats.characters.words.toLocaleString('en-US')}。\n`,
    );
    if (outcome.replacedNodes > 0) io.out(`原有的 ${outcome.replacedNodes} 个一级章节已移入“已删除”，可在应用中恢复。\n`);
    for (const line of importNotices(tally, prepared.warnings, args.flags.has('verbose'))) io.err(`${line}\n`);
    return EXIT_OK;
  },
};
