/**
 * Pasting a long block of cells (a 2 000-row range from Excel) in steps, with a progress bar.
 *
 * A short paste is done at once inside the paste event. A long one cannot be made instant (the
 * clipboard is read, 24 000 cells are built and inserted, the table drawn), so the user is shown
 * what is happening: the clipboard's text is read while the event lasts (a DataTransfer is empty
 * afterwards), then each step runs after the browser has painted the progress of the one before.
 * The caret's place is kept in a RangeRef meanwhile; the table goes in as one undo step, exactly
 * as the short paste would put it.
 */
import { Editor, Transforms, type Range } from 'slate';
import { ReactEditor } from 'slate-react';
import { insertTableBlock, pasteCellGrid } from '../../../../shared/editor/table-commands';
import { gridToTable, type CellGrid } from '../../../../shared/tables/cell-grid';
import type { SectionEditorInstance } from '../section-editor-type';

/** What the clipboard holds as cells (use-table-paste.ts's clipboardCells). */
export type ReadCells = (data: Pick<DataTransfer, 'getData'>, inTable: boolean) => CellGrid | null;

/** Estimated cells from which a paste shows its progress and runs in steps. */
export const BIG_PASTE_CELLS = 3000;

export interface PasteProgress {
  readonly rows: number;
  readonly cols: number;
  /** 0…1: read, parsed, built, inserted. */
  readonly fraction: number;
}

/** Rows × columns of tab-separated clipboard text, counted without parsing it. */
export function estimateCells(text: string): { rows: number; cols: number } {
  let rows = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) rows++;
  if (text.length > 0 && !text.endsWith('\n')) rows++;
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const cols = firstLine.split('\t').length;
  return { rows, cols };
}

/** After the browser has painted what is on screen now. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Takes over the paste when the clipboard holds a long block of cells; false when it does not
 * (the caller pastes at once). `fallback` receives the clipboard again if, once parsed, it turns
 * out to hold no cells after all.
 */
export function startBigPaste(
  editor: SectionEditorInstance,
  data: Pick<DataTransfer, 'getData'>,
  inTable: boolean,
  readCells: ReadCells,
  onProgress: (progress: PasteProgress | null) => void,
  fallback: (data: DataTransfer) => void,
): boolean {
  if (data.getData('application/x-slate-fragment')) return false;
  const text = data.getData('text/plain');
  const html = data.getData('text/html');
  if (!text.includes('\t') && !/<table[\s>]/i.test(html)) return false;
  const { rows, cols } = estimateCells(text);
  if (rows * cols < BIG_PASTE_CELLS) return false;

  const at = editor.selection ? Editor.rangeRef(editor, editor.selection) : null;
  const snapshot = { getData: (type: string): string => (type === 'text/plain' ? text : type === 'text/html' ? html : '') };
  const restore = (): Range | null => {
    const range = at?.unref() ?? null;
    if (range) Transforms.select(editor, range);
    return range;
  };
  const step = (fraction: number): void => onProgress({ rows, cols, fraction });

  void (async () => {
    try {
      step(0.05);
      await afterPaint();
      const grid = readCells(snapshot, inTable);
      if (!grid) {
        restore();
        const again = new DataTransfer();
        again.setData('text/plain', text);
        if (html) again.setData('text/html', html);
        fallback(again);
        return;
      }
      step(0.35);
      await afterPaint();
      if (inTable) {
        step(0.6);
        await afterPaint();
        restore();
        pasteCellGrid(editor, grid);
      } else {
        // As pasteCellGrid does: a new table of several rows opens with a header row.
        const table = gridToTable(grid.headerRows > 0 || grid.rows.length < 2 ? grid : { ...grid, headerRows: 1 });
        step(0.7);
        await afterPaint();
        if (!restore()) Transforms.select(editor, Editor.end(editor, []));
        insertTableBlock(editor, table);
      }
      step(1);
      await afterPaint();
      ReactEditor.focus(editor);
    } finally {
      at?.unref();
      onProgress(null);
    }
  })();
  return true;
}
