/**
 * The warnings of a Markdown import, one line each, so nothing the importer could not model goes
 * unnoticed. Bilingual like the error lines; printed to stderr after a successful import.
 */
import type { ImportTally } from '../../shared/markdown/build-report';
import { LEADING_TITLE } from '../../shared/markdown/build-report';

export function importNotices(tally: ImportTally): string[] {
  const lines: string[] = [];
  const zh: string[] = [];
  const en: string[] = [];
  if (tally.tables > 0) {
    zh.push(`${tally.tables} 个表格`);
    en.push(`${tally.tables} table(s)`);
  }
  if (tally.figures > 0) {
    zh.push(`${tally.figures} 个图片`);
    en.push(`${tally.figures} image(s)`);
  }
  if (zh.length > 0) {
    lines.push(`警告：跳过 ${zh.join('、')}（将在后续版本支持） / Warning: skipped ${en.join(' and ')} (supported in a later version)`);
  }
  if (tally.caseBoxes > 0) {
    lines.push(
      `提示：${tally.caseBoxes} 个案例框的内容已作为普通段落导入（案例框将在后续版本支持） / ` +
        `Note: the content of ${tally.caseBoxes} case box(es) was imported as ordinary paragraphs`,
    );
  }
  if (tally.leadingBlocks > 0) {
    lines.push(
      `提示：第一个标题之前的 ${tally.leadingBlocks} 段内容已放入“${LEADING_TITLE}” / ` +
        `Note: ${tally.leadingBlocks} block(s) before the first heading were put into "${LEADING_TITLE}"`,
    );
  }
  if (tally.codeBlocks > 0) {
    lines.push(`提示：${tally.codeBlocks} 个代码块已作为普通段落导入 / Note: ${tally.codeBlocks} code block(s) imported as plain paragraphs`);
  }
  if (tally.links > 0) {
    lines.push(`提示：${tally.links} 个链接只保留了文字 / Note: only the text of ${tally.links} link(s) was kept`);
  }
  return lines;
}
