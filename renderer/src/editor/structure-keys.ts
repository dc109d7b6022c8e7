/**
 * Keys with a meaning around structures, checked before the formatting shortcuts:
 * - while a reference is offered (见表…): ↑↓ choose, Enter/Tab insert, Esc dismiss;
 * - Ctrl+Shift+R opens 插入交叉引用;
 * - ↓ at the very end of a case box / ↑ at its very start leaves the box.
 * Keys pressed while an IME composes belong to the IME and are never handled here.
 */
import type { KeyboardEvent } from 'react';
import { moveOutOfCase } from '../../../shared/editor/with-cases';
import type { SectionEditorInstance } from './section-editor-type';
import { acceptSuggestion, dismissSuggestion, moveSuggestion } from './xref/xref-commands';
import { updateXrefUi, xrefUi } from './xref/xref-ui-state';

function suggestionKey(editor: SectionEditorInstance, key: string): boolean {
  switch (key) {
    case 'ArrowDown':
      moveSuggestion(editor, 1);
      return true;
    case 'ArrowUp':
      moveSuggestion(editor, -1);
      return true;
    case 'Enter':
    case 'Tab':
      return acceptSuggestion(editor);
    case 'Escape':
      dismissSuggestion(editor);
      return true;
    default:
      return false;
  }
}

/** Handles the key when it belongs to the structure tools; true means "done, stop here". */
export function handleStructureKey(editor: SectionEditorInstance, event: KeyboardEvent, readOnly: boolean): boolean {
  if (readOnly || event.nativeEvent.isComposing || event.key === 'Process') return false;
  const mod = event.ctrlKey || event.metaKey;
  let handled = false;
  if (xrefUi(editor).get().suggestion && !mod && !event.altKey && !event.shiftKey) {
    handled = suggestionKey(editor, event.key);
  } else if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'r') {
    updateXrefUi(editor, { pickerOpen: true });
    handled = true;
  } else if (!mod && !event.shiftKey && !event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
    handled = moveOutOfCase(editor, event.key === 'ArrowDown' ? 'down' : 'up');
  }
  if (handled) event.preventDefault();
  return handled;
}
