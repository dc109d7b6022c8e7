/**
 * A table token → a TableElement, with everything the import has to say about it.
 *
 * The table model does the real work (fromPipeTable: merged cells, repeated headers, stray spaces;
 * checkTable: sums and shares). What is decided here:
 * - Computed cells (小计, 合计, 占比) are attached only when recalculating reproduces every typed
 *   number. A typed number that disagrees is the author's to look at: silently replacing it with
 *   the computed one would change the report, so the table stays as typed and checkTable says why.
 * - A broken table is imported as far as it goes, never refused: ragged rows are padded (nothing is
 *   dropped), a table with no text at all (a separator row on its own) is left out, and each repair
 *   is a warning naming the table and its line.
 */
import type { FormattedText } from '../model/document';
import { attachGroupFormulas, checkTable, detectGroups, fromPipeTable, parseCellNumber, splitCaptionNumber, type TableWarningKind } from '../tables/index';
import type { TableElement } from '../tables/table-types';
import { cellText } from '../tables/table-types';
import type { TableToken } from './block-tokens';
import type { ImportWarning } from './import-warnings';
import { parseInline } from './parse-inline';

export interface BuiltTable {
  /** Null when the token had no text at all (nothing to import). */
  readonly table: TableElement | null;
  /** The typed number of the caption (`1-1`), for cross-references; null when none was typed. */
  readonly number: string | null;
  readonly warnings: readonly ImportWarning[];
}

/** Markup-free text of raw inline markdown (captions are plain strings in the model). */
export function inlinePlainText(raw: string): string {
  return parseInline(raw)
    .runs.map((run) => run.text)
    .join('')
    .trim();
}

/** The English gist of each checkTable finding (its message is Chinese only). */
const CHECK_GIST: Readonly<Record<TableWarningKind, string>> = {
  'formula-error': 'a computed cell cannot be evaluated',
  subtotal: 'a subtotal differs from the sum of its rows',
  total: 'a total differs from the sum of its parts',
  'share-group': 'the shares of a group do not add up to its subtotal share',
  'share-sum': 'the shares do not add up to 100%',
  'share-of-total': 'a share does not match its value divided by the total',
  'group-label': 'a group label (merged cell) may be shifted against its subtotal row',
};

/** A cell with no text: empty, or only the dashes and colons of a delimiter row. */
const NO_TEXT = /^[\s:|\-–—]*$/;

/** Cells of all text, by id: what the author typed, before any formula touched it. */
function cellTexts(table: TableElement): Map<string, string> {
  const texts = new Map<string, string>();
  for (const row of table.children) for (const cell of row.children) texts.set(cell.id, cellText(cell));
  return texts;
}

/**
 * The table with 小计/合计/占比 formulas when they reproduce the typed numbers exactly (same value
 * at the same precision; "1. 32%" and "1.32%" are the same number), else the table as typed.
 */
export function withVerifiedFormulas(table: TableElement): TableElement {
  const detected = detectGroups(table);
  if (detected === null) return table;
  const typed = cellTexts(table);
  const attached = attachGroupFormulas(table, detected);
  for (const row of attached.children) {
    for (const cell of row.children) {
      if (cell.formula === undefined) continue;
      if (cell.computed !== true || cell.formulaError !== undefined) return table;
      const before = parseCellNumber(typed.get(cell.id) ?? '');
      const after = parseCellNumber(cellText(cell));
      if (before === null || after === null) return table;
      if (before.percent !== after.percent || before.decimals !== after.decimals || Math.abs(before.value - after.value) > 1e-9) return table;
    }
  }
  return attached;
}

/** How warnings name the table. "源文件" because check messages count rows of the table itself (第 20 行“小计”). */
function describe(number: string | null, caption: string, line: number): { zh: string; en: string } {
  const name = caption === '' ? '' : `“${caption}”`;
  return {
    zh: number === null ? `源文件第 ${line} 行的表格${name}` : `表 ${number}${name}（源文件第 ${line} 行）`,
    en: number === null ? `table at line ${line}` : `table ${number} (line ${line})`,
  };
}

export function buildTable(token: TableToken): BuiltTable {
  const caption = token.caption === null ? null : inlinePlainText(token.caption);
  const { label: number, text: captionText } = caption === null ? { label: null, text: '' } : splitCaptionNumber(caption);
  const which = describe(number, captionText, token.line);
  const warnings: ImportWarning[] = [];
  const warn = (kind: ImportWarning['kind'], zh: string, en: string): void => {
    warnings.push({ kind, line: token.line, zh: `${which.zh}：${zh}`, en: `${which.en}: ${en}` });
  };

  const raw = [...(token.header === null ? [] : [token.header]), ...token.rows];
  if (raw.every((row) => row.every((cell) => NO_TEXT.test(cell)))) {
    warn('table-shape', '表格没有任何内容（只有分隔行），已略过', 'the table has no content (only a delimiter row) and was left out');
    return { table: null, number, warnings };
  }
  const width = token.header?.length ?? Math.max(...raw.map((row) => row.length));
  // Rows counted as the table checks count them: the header line is row 1.
  const ragged = token.rows.flatMap((row, r) => (row.length === width ? [] : [r + 1 + (token.header === null ? 0 : 1)]));
  if (ragged.length > 0) {
    const rows = ragged.slice(0, 5).join('、') + (ragged.length > 5 ? ' 等' : '');
    warn('table-shape', `第 ${rows} 行的单元格数与表头不一致，已按最宽的一行补齐空单元格，请核对`, `${ragged.length} row(s) have a different number of cells than the header; padded with empty cells`);
  }
  if (token.header === null && token.format === 'pipe') {
    warn('table-shape', '表格缺少表头行，已作为无表头表格导入', 'the pipe table has no header row; imported without one');
  }
  if (token.rows.length === 0) warn('table-shape', '表格只有表头，没有数据行', 'the table has a header but no rows');

  const cells = (row: readonly string[]): FormattedText[][] => row.map((cell) => parseInline(cell).runs);
  // A headerless table gets an empty header line so that fromPipeTable reads every row as body.
  const header = token.header ?? new Array<string>(width).fill('');
  let table = fromPipeTable([cells(header), ...token.rows.map(cells)], caption, { aligns: token.aligns });
  if (token.header === null) table = { ...table, headerRows: 0, children: table.children.slice(1) };
  table = withVerifiedFormulas(table);
  for (const problem of checkTable(table)) warn('table-check', problem.message, CHECK_GIST[problem.kind]);
  return { table, number, warnings };
}
