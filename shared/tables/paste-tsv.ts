/**
 * The plain-text flavour of an Excel / WPS clipboard: cells separated by tabs, rows by CRLF (LF or
 * CR alone from other programs). A cell whose text contains a tab, a line break or starts with a
 * quote is written in double quotes, with quotes inside doubled; a quote elsewhere is literal.
 */
import type { CellGrid } from './cell-grid';

/** Whether clipboard text looks like cells rather than prose (at least one tab). */
export function looksTabSeparated(text: string): boolean {
  return text.includes('\t');
}

export function parseTabSeparated(input: string): CellGrid {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  const endField = (): void => {
    row.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (atFieldStart && ch === '"') {
      // Quoted field: runs to a quote not followed by another quote.
      i++;
      for (;;) {
        if (i >= text.length) break;
        const q = text[i] as string;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += q;
        i++;
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (ch === '\t') {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  // A final line break ends the last row rather than starting an empty one.
  if (!atFieldStart || field !== '' || row.length > 0) endRow();
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  return {
    rows: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')].map((cell) => ({ content: cell.replace(/\r\n?/g, '\n') }))),
    headerRows: 0,
    columnWidths: [],
    caption: '',
  };
}
