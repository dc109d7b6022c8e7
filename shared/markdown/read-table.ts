/**
 * Recognises the three table syntaxes Pandoc writes when it converts a Word report to Markdown:
 * pipe tables (the fixture's), grid tables (cells with several lines) and simple tables. Each
 * reader looks at the lines from `at` and returns the table's parts and the index after it, or null
 * when the lines are not that kind of table. Cells stay raw inline markdown.
 *
 * Merged cells are not recovered: Pandoc writes a vertically merged cell as empty cells below it
 * (the 院系 column of 表 1-1), and grid-table row spans as partial borders, which end up as text.
 */
import type { CellAlign } from './block-tokens';
import { charAtColumn, sliceColumns } from './display-columns';
import { joinLines } from './join-lines';

export interface TableParts {
  readonly format: 'pipe' | 'grid' | 'simple';
  readonly header: readonly string[] | null;
  readonly rows: readonly (readonly string[])[];
  readonly aligns: readonly CellAlign[];
  /** Index of the first line after the table. */
  readonly end: number;
}

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

function alignOf(spec: string): CellAlign {
  const s = spec.trim();
  const left = s.startsWith(':');
  const right = s.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return null;
}

// ---- pipe tables ------------------------------------------------------------------------------

const PIPE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Splits `| a | b\|c |` into cells at unescaped pipes outside code spans. */
export function splitPipeRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|') && !text.endsWith('\\|')) text = text.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      cell += c + (text[i + 1] as string);
      i += 1;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

export function readPipeTable(lines: readonly string[], at: number): TableParts | null {
  const headerLine = lines[at];
  const separator = lines[at + 1];
  if (headerLine === undefined || separator === undefined) return null;
  if (!headerLine.includes('|') || !separator.includes('|') || !PIPE_SEPARATOR.test(separator)) return null;
  const aligns = splitPipeRow(separator).map(alignOf);
  const rows: string[][] = [];
  let end = at + 2;
  while (end < lines.length && !isBlank(lines[end]) && (lines[end] as string).includes('|')) {
    rows.push(splitPipeRow(lines[end] as string));
    end += 1;
  }
  return { format: 'pipe', header: splitPipeRow(headerLine), rows, aligns, end };
}

/**
 * A delimiter row with no header line above it (`|---|---|` then rows): not a table for Pandoc,
 * which would print the dashes as text, but plainly one to the author who lost the header while
 * editing. Read as a table without header, so the builder can import it and say what is missing.
 */
export function readHeaderlessPipeTable(lines: readonly string[], at: number): TableParts | null {
  const separator = lines[at];
  if (separator === undefined || !separator.includes('|') || !PIPE_SEPARATOR.test(separator)) return null;
  const rows: string[][] = [];
  let end = at + 1;
  while (end < lines.length && !isBlank(lines[end]) && (lines[end] as string).includes('|')) {
    rows.push(splitPipeRow(lines[end] as string));
    end += 1;
  }
  return { format: 'pipe', header: null, rows, aligns: splitPipeRow(separator).map(alignOf), end };
}

// ---- grid tables ------------------------------------------------------------------------------

const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;

export function readGridTable(lines: readonly string[], at: number): TableParts | null {
  const first = lines[at];
  if (first === undefined || !GRID_BORDER.test(first)) return null;
  // Borders are ASCII, so their string indices are display columns.
  const bounds: number[] = [];
  for (let i = 0; i < first.length; i += 1) if (first[i] === '+') bounds.push(i);
  const columns = bounds.slice(1).map((end, k) => ({ start: (bounds[k] as number) + 1, end }));
  const alignsOf = (border: string): CellAlign[] => columns.map((c) => alignOf(border.slice(c.start, c.end)));
  let aligns = alignsOf(first);

  let header: string[] | null = null;
  const rows: string[][] = [];
  let pending: string[][] = columns.map(() => []);
  let end = at + 1;
  for (; end < lines.length; end += 1) {
    const line = lines[end] as string;
    const trimmed = line.trim();
    if (!trimmed.startsWith('+') && !trimmed.startsWith('|')) break;
    if (GRID_BORDER.test(line)) {
      if (pending.some((parts) => parts.length > 0)) rows.push(pending.map((parts) => joinLines(parts)));
      pending = columns.map(() => []);
      // A `+===+` border ends the header rows.
      if (line.includes('=') && header === null && rows.length > 0) {
        header = columns.map((_, k) => rows.map((r) => r[k] ?? '').filter((cell) => cell !== '').join(' '));
        rows.length = 0;
        aligns = alignsOf(line);
      }
      continue;
    }
    columns.forEach((c, k) => {
      const cell = sliceColumns(line, c.start, c.end).trim();
      if (cell !== '') pending[k]?.push(cell);
    });
  }
  return { format: 'grid', header, rows, aligns, end };
}

// ---- simple tables ----------------------------------------------------------------------------

const SIMPLE_DASHES = /^\s*-+(?:[ \t]+-+)+\s*$/;

/** A header line followed by one dash group per column (`-----  ------`); rows until a blank line. */
export function readSimpleTable(lines: readonly string[], at: number): TableParts | null {
  const headerLine = lines[at];
  const dashes = lines[at + 1];
  if (headerLine === undefined || dashes === undefined || isBlank(headerLine) || !SIMPLE_DASHES.test(dashes)) return null;
  // The dash line is ASCII: its indices are display columns.
  const columns = Array.from(dashes.matchAll(/-+/g), (m) => ({ start: m.index, end: m.index + m[0].length }));
  // A cell runs from its column's start to the next column's start, as Pandoc cuts them.
  const cut = (line: string): string[] => columns.map((col, k) => sliceColumns(line, k === 0 ? 0 : col.start, columns[k + 1]?.start).trim());
  // Pandoc reads alignment from where the header text sits over its dashes.
  const aligns = columns.map((col): CellAlign => {
    const left = !isBlank(charAtColumn(headerLine, col.start));
    const right = !isBlank(charAtColumn(headerLine, col.end - 1));
    if (left && right) return null;
    if (left) return 'left';
    if (right) return 'right';
    return 'center';
  });
  const rows: string[][] = [];
  let end = at + 2;
  while (end < lines.length && !isBlank(lines[end])) {
    const line = lines[end] as string;
    end += 1;
    if (/^\s*-+\s*$/.test(line)) break;
    rows.push(cut(line));
  }
  return { format: 'simple', header: cut(headerLine), rows, aligns, end };
}
