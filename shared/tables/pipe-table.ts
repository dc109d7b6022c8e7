/**
 * Markdown pipe tables (the fixture's conversion of real reports) → tables with merged cells.
 *
 * Pipe tables cannot span, so a converter writes a merged cell as the text in its first row and
 * empty cells below it (表 1-1: "机械工程系" then empty 院系 cells down to the group's 小计). The rule
 * used to turn that back into a rowSpan, kept narrow so that a genuinely missing value never gets
 * swallowed by the cell above:
 * - only body rows, and only a run of empty cells directly under a non-empty, non-numeric cell;
 * - column 0 always qualifies; a later column k only where column k−1 of the same row is itself a
 *   continuation (labels nest: a 专业 can only be merged inside a merged 院系), so the merging stays
 *   in the leading label columns and never reaches the data columns of a normal row;
 * - a total row (合计, 总计, 总体 …) never joins the group above it.
 * A body row that repeats the header (the original table broke across pages; 表 1-5 repeats it with
 * different stray spaces) is dropped. Whitespace between two CJK characters, a wrapping artefact
 * ("机械工 程系"), is removed unless `joinCjkSpaces: false`; numbers are left as typed, since the
 * number parser copes with "33. 14%".
 */
import type { FormattedText } from '../model/document';
import { gridToTable, type GridCell } from './cell-grid';
import { compactText, joinCjkSpaces } from './cjk-text';
import { parseCellNumber } from './number-format';
import { isTotalLabel } from './row-labels';
import { contentText, type CellAlign, type CellContent, type TableElement } from './table-types';

export interface PipeTableOptions {
  /** Column alignments from the delimiter row (`:---:`); null for none. */
  aligns?: readonly (CellAlign | null)[];
  /** The 数据来源 text (see parseSourceLine). */
  source?: string;
  /** Defaults to true: remove whitespace between CJK characters in cells. */
  joinCjkSpaces?: boolean;
}

export interface CaptionParts {
  /** The typed number ("1-1"), null when the caption had none. */
  label: string | null;
  /** The caption without "表 x-y". */
  text: string;
}

const CAPTION_NUMBER = /^\s*表\s*([0-9０-９]+(?:\s*[-－—–.．]\s*[0-9０-９]+)*)\s*[:：]?\s*/;

/** "表 1-1 2025 届毕业生…" → {label: "1-1", text: "2025 届毕业生…"}; numbers are computed, so the typed one is dropped. */
export function splitCaptionNumber(caption: string): CaptionParts {
  const match = CAPTION_NUMBER.exec(caption);
  if (match === null) return { label: null, text: caption.trim() };
  return { label: (match[1] as string).replace(/\s+/g, ''), text: caption.slice(match[0].length).trim() };
}

/** "数据来源：全国高校毕业生就业管理系统。" → "全国高校毕业生就业管理系统。"; null if the line is no source line. */
export function parseSourceLine(line: string): string | null {
  const match = /^\s*(?:\*\*)?\s*(?:数据来源|资料来源|来源)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.*?)\s*(?:\*\*)?\s*$/.exec(line);
  return match === null ? null : (match[1] as string);
}

function cleanContent(content: CellContent, join: boolean): CellContent {
  if (!join) return content;
  if (typeof content === 'string') return joinCjkSpaces(content);
  return content.map((run): FormattedText => ({ ...run, text: joinCjkSpaces(run.text) }));
}

function isBlank(content: CellContent | undefined): boolean {
  return content === undefined || contentText(content).trim() === '';
}

function isLabel(content: CellContent | undefined): boolean {
  return !isBlank(content) && parseCellNumber(contentText(content as CellContent)) === null;
}

/**
 * `rows` are the pipe table's rows, the header line first (as the markdown tokenizer gives them:
 * header cells then body rows). `caption` is the `Table:` text, with or without its "表 x-y".
 */
export function fromPipeTable(rows: readonly (readonly CellContent[])[], caption: string | null, options: PipeTableOptions = {}): TableElement {
  const join = options.joinCjkSpaces !== false;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const cleaned = rows.map((row) => Array.from({ length: width }, (_, c) => cleanContent(row[c] ?? '', join)));
  const [header, ...body] = cleaned;
  const headerKey = header === undefined ? '' : header.map((cell) => compactText(contentText(cell))).join('\u0000');
  const headerHasText = header !== undefined && header.some((cell) => !isBlank(cell));
  const bodyRows = body.filter((row) => !(headerHasText && row.map((cell) => compactText(contentText(cell))).join('\u0000') === headerKey));

  // continuation[r][c]: body cell (r, c) is covered by the label above it.
  const continuation = bodyRows.map(() => new Array<boolean>(width).fill(false));
  const origin = bodyRows.map(() => new Array<number>(width).fill(-1));
  bodyRows.forEach((row, r) => {
    if (r === 0 || row.some((cell) => isTotalLabel(contentText(cell)))) return;
    for (let c = 0; c < width; c++) {
      if (c > 0 && !(continuation[r]?.[c - 1] ?? false)) break;
      if (!isBlank(row[c])) break;
      const above = (continuation[r - 1]?.[c] ?? false) ? (origin[r - 1]?.[c] ?? -1) : isLabel(bodyRows[r - 1]?.[c]) ? r - 1 : -1;
      if (above < 0) break;
      (continuation[r] as boolean[])[c] = true;
      (origin[r] as number[])[c] = above;
    }
  });

  const spans = bodyRows.map(() => new Array<number>(width).fill(1));
  origin.forEach((row, r) =>
    row.forEach((from, c) => {
      if ((continuation[r]?.[c] ?? false) && from >= 0) (spans[from] as number[])[c] = ((spans[from] as number[])[c] ?? 1) + 1;
    }),
  );
  const toGridRow = (row: readonly CellContent[], r: number | null): GridCell[] =>
    row.flatMap((content, c) => {
      if (r !== null && (continuation[r]?.[c] ?? false)) return [];
      const cell: GridCell = { content };
      const rowSpan = r === null ? 1 : (spans[r]?.[c] ?? 1);
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      return [cell];
    });

  const gridRows = [...(header === undefined ? [] : [toGridRow(header, null)]), ...bodyRows.map((row, r) => toGridRow(row, r))];
  const table = gridToTable(
    { rows: gridRows, headerRows: header === undefined ? 0 : 1, columnWidths: [], caption: '' },
    { caption: caption === null ? '' : splitCaptionNumber(caption).text, source: options.source ?? '' },
  );
  // The delimiter row's alignment is a column default (body cells), not a property of each cell.
  const aligns = options.aligns ?? [];
  if (!aligns.some((align) => align !== null)) return table;
  return { ...table, columns: table.columns.map((column, c) => (aligns[c] ? { ...column, align: aligns[c] as CellAlign } : column)) };
}
