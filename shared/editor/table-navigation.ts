/**
 * Moving between cells with the keyboard, as in Word: Tab / Shift+Tab go to the next / previous
 * cell in reading order and select its text (typing then replaces it); Tab in the last cell adds a
 * row. Up / Down go to the cell above / below in the same grid column, and leave the table at its
 * first / last row. Each function returns false when the selection is not in a table, so the
 * caller can let the key do its usual thing.
 */
import { Editor, Path, Transforms } from 'slate';
import { insertRows } from '../tables/row-column-ops';
import { cellAt } from '../tables/table-map';
import { tableSelection } from './table-location';
import { replaceTable, selectCell } from './table-replace';
import './custom-types';

export function moveToAdjacentCell(editor: Editor, direction: 'next' | 'previous'): boolean {
  const sel = tableSelection(editor);
  if (!sel) return false;
  const { map, focus, table, tablePath } = sel;
  const index = map.byId.get(focus.cell.id) ?? 0;
  const target = map.cells[direction === 'next' ? index + 1 : index - 1];
  if (target) {
    selectCell(editor, tablePath, { cellId: target.cell.id, edge: 'all' });
    return true;
  }
  if (direction === 'previous') return true;
  // Tab in the last cell: a new row below, caret in its first cell.
  const next = insertRows(table, map.height - 1, 'after', 1);
  replaceTable(editor, tablePath, table, next, { row: map.height, col: 0, edge: 'start' });
  return true;
}

/** Up / Down between rows in the caret's column; at the table's edge, into the block beyond. */
export function moveToCellVertically(editor: Editor, direction: 'up' | 'down'): boolean {
  const sel = tableSelection(editor);
  if (!sel) return false;
  const { map, focus, tablePath } = sel;
  const row = direction === 'up' ? focus.row - 1 : focus.row + focus.rowSpan;
  const target = cellAt(map, row, focus.col);
  if (target) {
    selectCell(editor, tablePath, { cellId: target.cell.id, edge: direction === 'up' ? 'end' : 'start' });
    return true;
  }
  if (direction === 'up') {
    if (!Path.hasPrevious(tablePath)) return true;
    Transforms.select(editor, Editor.end(editor, Path.previous(tablePath)));
    return true;
  }
  const after = Path.next(tablePath);
  if (Editor.hasPath(editor, after)) Transforms.select(editor, Editor.start(editor, after));
  return true;
}
