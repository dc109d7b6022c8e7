import path from 'node:path';
import { PROJECT_EXTENSION } from '../../project-store/constants';
import { importMarkdownIntoProject, readMarkdownReport } from '../../import/import-markdown-file';
import { EXIT_OK, usageError } from '../cli-error';
import { IMPORT_MD_HELP } from '../help-text';
import { importNotices } from '../import-notices';
import { expectPositionals, type Command } from './command';

export const importMdCommand: Command = {
  name: 'import-md',
  help: IMPORT_MD_HELP,
  options: { help: { type: 'boolean', short: 'h' } },
  run(args, io) {
    const [projectFile, markdownFile] = expectPositionals(args, [
      { zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' },
      { zh: 'Markdown 文件', en: 'Markdown file' },
    ]) as [string, string];
    if (/\.(md|markdown|txt)$/i.test(projectFile) && markdownFile.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      throw usageError('参数顺序应为：<项目.rwproj> <报告.md>', 'the order is: <project.rwproj> <report.md>');
    }
    // Parse first: a Markdown file we cannot read must not touch the project at all.
    const report = readMarkdownReport(markdownFile);
    const outcome = importMarkdownIntoProject(projectFile, report);
    const nodes = report.nodes;
    const sections = nodes.reduce((sum, n) => sum + n.children.length, 0);
    io.out(
      `已导入 ${path.basename(markdownFile)} → ${path.resolve(projectFile)}：${nodes.length} 章 ${sections} 节，` +
        `正文小标题 ${report.contentHeadings} 个，字数 ${outcome.stats.characters.words.toLocaleString('en-US')}。\n`,
    );
    if (outcome.replacedNodes > 0) io.out(`原有的 ${outcome.replacedNodes} 个一级章节已移入“已删除”，可在应用中恢复。\n`);
    for (const line of importNotices(report.tally)) io.err(`${line}\n`);
    return EXIT_OK;
  },
};
