/**
 * Whether the selection is in a given table, and which rectangle of cells it covers when it spans
 * several. Read through useSlateSelector with a short string key, so a table re-renders when the
 * caret enters or leaves it or the selected range changes, and not on every keystroke.
 */
import { useMemo } from 'react';
import { useSlateSelector } from 'slate-react';
import { tableSelection } from '../../../../shared/editor/table-location';
import type { TableElement, TableRect } from '../../../../shared/tables/table-types';
import type { SectionEditorInstance } from '../section-editor-type';

export interface TableSelectionState {
  /** The caret (the selection's focus) is in this table. */
  readonly active: boolean;
  /** The selected cells when more than one is selected, else null. */
  readonly range: TableRect | null;
}

/**
 * Compares by table id, not by path: the selector also runs after a keystroke but before the table
 * re-renders, when `element` is the table object the keystroke just replaced.
 */
function selectionKey(editor: SectionEditorInstance, tableId: string): string {
  const sel = tableSelection(editor);
  if (!sel || sel.table.id !== tableId) return '';
  const { rect } = sel;
  return sel.multi ? `in|${rect.top},${rect.left},${rect.bottom},${rect.right}` : 'in';
}

export function useTableSelection(element: TableElement): TableSelectionState {
  const key = useSlateSelector((editor) => selectionKey(editor as SectionEditorInstance, element.id));
  return useMemo(() => {
    if (key === '') return { active: false, range: null };
    const [, rect] = key.split('|');
    if (!rect) return { active: true, range: null };
    const [top = 0, left = 0, bottom = 0, right = 0] = rect.split(',').map(Number);
    return { active: true, range: { top, left, bottom, right } };
  }, [key]);
}
