/**
 * The warnings and notes of a Markdown import, one line each, bilingual like the error lines;
 * printed to stderr after a successful import, so nothing the importer had to repair or leave out
 * goes unnoticed — without burying the user: images that were simply not copied along (the usual
 * case, 72 of them in the fixture) make one summary line, and any other kind of warning shows at
 * most {@link SHOWN_PER_KIND} lines. `--verbose` lists everything.
 */
import type { ImportTally } from '../../shared/markdown/build-report';
import { LEADING_TITLE } from '../../shared/markdown/build-report';
import type { ImportWarning, ImportWarningKind } from '../../shared/markdown/import-warnings';

export const SHOWN_PER_KIND = 10;

/** Print order of the kinds: what most needs the user's attention first. */
const KIND_ORDER: readonly ImportWarningKind[] = [
  'image-unreadable',
  'image-missing',
  'table-shape',
  'orphan-caption',
  'table-check',
  'case-title',
  'case-overrun',
  'duplicate-number',
  'unresolved-reference',
  'caption-number',
  'page-number',
  'suspicious-heading',
  // import-docx
  'dropped-content',
  'case-guessed',
];

const warningLine = (w: ImportWarning): string => `警告：${w.zh} / Warning: ${w.en}`;

function missingImagesSummary(missing: readonly ImportWarning[]): string {
  const first = missing[0] as ImportWarning;
  const example = first.subject ?? '';
  return (
    `警告：${missing.length} 个图片文件找不到，已插入占位图（如第 ${first.line} 行的“${example}”；--verbose 列出全部） / ` +
    `Warning: ${missing.length} image file(s) not found; placeholders inserted (e.g. "${example}" at line ${first.line}; --verbose lists all)`
  );
}

function warningLines(warnings: readonly ImportWarning[], verbose: boolean): string[] {
  const lines: string[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = warnings.filter((w) => w.kind === kind);
    if (ofKind.length === 0) continue;
    if (kind === 'image-missing') lines.push(missingImagesSummary(ofKind));
    const shown = verbose ? ofKind : kind === 'image-missing' ? [] : ofKind.slice(0, SHOWN_PER_KIND);
    lines.push(...shown.map(warningLine));
    const hidden = ofKind.length - shown.length;
    if (hidden > 0 && kind !== 'image-missing') {
      lines.push(`警告：另有 ${hidden} 条同类警告（--verbose 显示全部） / Warning: ${hidden} more of the same kind (--verbose shows all)`);
    }
  }
  return lines;
}

function noteLines(tally: ImportTally): string[] {
  const lines: string[] = [];
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

export function importNotices(tally: ImportTally, warnings: readonly ImportWarning[], verbose = false): string[] {
  return [...warningLines(warnings, verbose), ...noteLines(tally)];
}
