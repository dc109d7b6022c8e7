import { applyBlockStyle, toggleMark } from '../../../shared/editor/block-format';
import type { SectionEditorInstance } from './section-editor-type';
import type { EditorCommand } from './hotkeys';

/** Runs an editor command; `save` is the caller's (it concerns all sections, not this editor). */
export function runEditorCommand(editor: SectionEditorInstance, command: Exclude<EditorCommand, { kind: 'save' }>): void {
  switch (command.kind) {
    case 'mark':
      toggleMark(editor, command.mark);
      return;
    case 'style':
      applyBlockStyle(editor, command.style);
      return;
    case 'undo':
      editor.undo();
      return;
    case 'redo':
      editor.redo();
      return;
  }
}
