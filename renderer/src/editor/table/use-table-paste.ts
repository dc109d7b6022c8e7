/**
 * Pasting cells from Excel, WPS or a web page. Their clipboard holds an HTML <table> (with merged
 * cells) and the same cells as tab-separated text. In a table, the block is written into the grid
 * from the caret's cell on, growing the table as needed; elsewhere it becomes a new table. Plain
 * prose is left to the editor's usual paste, and so is content copied inside the editor itself
 * (its Slate fragment already carries the table, see shared/editor/with-tables.ts).
 *
 * This handler wraps the editor's insertData last, so it sees a spreadsheet's clipboard before the
 * image paste does (Excel also puts a picture of the cells on the clipboard).
 */
import { useEffect, useState } from 'react';
import { pasteCellGrid } from '../../../../shared/editor/table-commands';
import { cellAbove } from '../../../../shared/editor/table-location';
import type { CellGrid } from '../../../../shared/tables/cell-grid';
import { parseHtmlTable } from '../../../../shared/tables/paste-html';
import { looksTabSeparated, parseTabSeparated } from '../../../../shared/tables/paste-tsv';
import type { SectionEditorInstance } from '../section-editor-type';
import { startBigPaste, type PasteProgress } from './big-paste';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

/** Every non-empty line has a tab: what a spreadsheet (or a Word table) puts on the clipboard. */
function isCellText(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  return lines.length > 0 && lines.every(looksTabSeparated);
}

/** The cells on the clipboard, or null when it holds something else. */
export function clipboardCells(data: Pick<DataTransfer, 'getData'>, inTable: boolean): CellGrid | null {
  if (data.getData(SLATE_FRAGMENT)) return null;
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  // Outside a table, HTML counts only when the text is all cells: a Word passage containing a
  // table must paste as text, not be cut down to its table.
  if (html && /<table[\s>]/i.test(html) && (inTable || text.trim() === '' || isCellText(text))) {
    const grid = parseHtmlTable(html);
    if (grid && grid.rows.length > 0) return grid;
  }
  if (!text) return null;
  const multiLine = /\r|\n/.test(text.replace(/[\r\n]+$/, ''));
  if (inTable ? looksTabSeparated(text) || multiLine : isCellText(text)) return parseTabSeparated(text);
  return null;
}

/** Installs the cell paste; returns the progress of a long paste in steps (big-paste.ts), else null. */
export function useTablePaste(editor: SectionEditorInstance, readOnly: boolean): PasteProgress | null {
  const [progress, setProgress] = useState<PasteProgress | null>(null);
  useEffect(() => {
    if (readOnly) return undefined;
    const original = editor.insertData;
    editor.insertData = (data) => {
      const inTable = editor.selection !== null && cellAbove(editor, editor.selection.focus.path) !== undefined;
      if (startBigPaste(editor, data, inTable, clipboardCells, setProgress, original)) return;
      const grid = clipboardCells(data, inTable);
      if (grid) pasteCellGrid(editor, grid);
      else original(data);
    };
    return () => {
      editor.insertData = original;
    };
  }, [editor, readOnly]);
  return progress;
}
