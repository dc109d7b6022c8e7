import { applyBlockStyle, toggleMark } from '../../../shared/editor/block-format';
import type { SectionEditorInstance } from './section-editor-type';
import type { EditorCommand } from './hotkeys';

/** Runs an editor command; `save` is the caller's (it concerns all sections, not this editor). */
/** Save and 批注 are the callers' (they concern all sections / the comments panel, not the text). */
export type TextCommand = Exclude<EditorCommand, { kind: 'save' | 'comment' }>;

export function runEditorCommand(editor: SectionEditorInstance, command: TextCommand): void {
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
