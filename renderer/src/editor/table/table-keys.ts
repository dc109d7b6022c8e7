/**
 * Keys with a meaning in tables, checked before the formatting shortcuts:
 * - Tab / Shift+Tab: next / previous cell (Tab in the last cell adds a row);
 * - ↑ / ↓ on the first / last line of a cell: the cell above / below in the same column (inside a
 *   cell of several lines the caret first moves line by line, as the browser does it);
 * - Ctrl+A in a cell selects the cell's text first; pressed again, the whole section;
 * - Esc with several cells selected collapses the selection into the cell under the caret.
 * Keys pressed while an IME composes belong to the IME and are never handled here.
 */
import type { KeyboardEvent } from 'react';
import { Editor, Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { moveToAdjacentCell, moveToCellVertically } from '../../../../shared/editor/table-navigation';
import { cellAbove, tableSelection } from '../../../../shared/editor/table-location';
import type { SectionEditorInstance } from '../section-editor-type';

/** True when the caret is on the first (up) or last (down) visual line of its cell. */
function onEdgeLine(editor: SectionEditorInstance, direction: 'up' | 'down'): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const cell = cellAbove(editor, selection.focus.path);
  if (!cell) return false;
  if (!Editor.string(editor, cell[1]).includes('\n') && !cellWraps(editor, cell[0])) return true;
  const domSelection = window.getSelection();
  if (!domSelection || domSelection.rangeCount === 0) return true;
  const caret = domSelection.getRangeAt(0).getClientRects()[0];
  const box = ReactEditor.toDOMNode(editor, cell[0]).getBoundingClientRect();
  // A collapsed range at the start of an empty line has no rectangle: treat it as an edge.
  if (!caret) return true;
  const style = window.getComputedStyle(ReactEditor.toDOMNode(editor, cell[0]));
  const line = Number.parseFloat(style.lineHeight) || caret.height || 16;
  const padTop = Number.parseFloat(style.paddingTop) || 0;
  const padBottom = Number.parseFloat(style.paddingBottom) || 0;
  return direction === 'up' ? caret.top - (box.top + padTop) < line * 0.75 : box.bottom - padBottom - caret.bottom < line * 0.75;
}

/** A cell whose text wraps onto several lines (taller than one line plus its padding). */
function cellWraps(editor: SectionEditorInstance, cell: Parameters<typeof ReactEditor.toDOMNode>[1]): boolean {
  const node = ReactEditor.toDOMNode(editor, cell);
  const style = window.getComputedStyle(node);
  const line = Number.parseFloat(style.lineHeight) || 20;
  const content = node.clientHeight - (Number.parseFloat(style.paddingTop) || 0) - (Number.parseFloat(style.paddingBottom) || 0);
  return content > line * 1.5;
}

function selectCellText(editor: SectionEditorInstance): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const cell = cellAbove(editor, selection.focus.path);
  if (!cell) return false;
  const whole = Editor.range(editor, cell[1]);
  if (Range.equals(Range.isBackward(selection) ? { anchor: selection.focus, focus: selection.anchor } : selection, whole)) return false;
  Transforms.select(editor, whole);
  return true;
}

/** Handles the key when it belongs to tables; true means "done, stop here". */
export function handleTableKey(editor: SectionEditorInstance, event: KeyboardEvent, readOnly: boolean): boolean {
  if (event.nativeEvent.isComposing || event.key === 'Process') return false;
  const mod = event.ctrlKey || event.metaKey;
  let handled = false;
  if (event.key === 'Tab' && !mod && !event.altKey) {
    if (readOnly) return false;
    handled = moveToAdjacentCell(editor, event.shiftKey ? 'previous' : 'next');
  } else if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && !mod && !event.shiftKey && !event.altKey) {
    const direction = event.key === 'ArrowUp' ? 'up' : 'down';
    if (editor.selection && Range.isCollapsed(editor.selection) && onEdgeLine(editor, direction)) handled = moveToCellVertically(editor, direction);
  } else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'a') {
    handled = selectCellText(editor);
  } else if (event.key === 'Escape' && tableSelection(editor)?.multi) {
    Transforms.collapse(editor, { edge: 'focus' });
    handled = true;
  }
  if (handled) event.preventDefault();
  return handled;
}
