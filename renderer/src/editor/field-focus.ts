/**
 * Keeps the keyboard in a field of a void block (figure caption and source, case title, table
 * caption) once it is there. Such a field sits inside the editor's element, and the page's
 * selection, while it has the focus, points into the selected void block. Slate takes both as
 * "the caret is on that block" and re-applies its own selection there, which focuses the text:
 * on the blur that moves the keyboard into the field, and on every later selection change. What
 * the author typed next was lost. While a field inside this editor has the keyboard, Slate is
 * told the editor is blurred and does not hear about selection changes.
 *
 * Slate's own onBlur (and with it `fieldBlurHandler`) is skipped while Slate is still placing the
 * page's selection after a change (`isUpdatingSelection`, cleared on a timer): a block inserted
 * from the toolbar that focuses its field at once, on a loaded machine, moved the keyboard while
 * that flag was up. Slate then still took itself for focused with the caret in the block, and the
 * next change (the field's first committed word, e.g. after an IME's compositionend) made it put
 * the page's selection back into the text, which takes the keyboard: what came after was typed
 * into the body. So the move into a field is also heard natively (focusin), which Slate cannot skip.
 */
import { useEffect, type FocusEvent as ReactFocusEvent } from 'react';
import { Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { SectionEditorInstance } from './section-editor-type';

function fieldInside(root: Element, target: EventTarget | null): boolean {
  return (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && root.contains(target);
}

/**
 * Slate's own bookkeeping of the blur, without its selection flush that refocuses the text; and no
 * selection left for a selection change already on its way to re-apply (the void is selected
 * again by it, harmlessly, as the editor is no longer focused).
 */
function leaveTextForField(editor: SectionEditorInstance): void {
  ReactEditor.blur(editor);
  if (editor.selection !== null) Transforms.deselect(editor);
}

/** Editable's onBlur: true (handled) when the focus moves into one of its fields. */
export function fieldBlurHandler(editor: SectionEditorInstance): (event: ReactFocusEvent<HTMLDivElement>) => boolean {
  return (event) => {
    if (!fieldInside(event.currentTarget, event.relatedTarget)) return false;
    leaveTextForField(editor);
    return true;
  };
}

/**
 * Holds back the document's selectionchange from Slate's listener (registered later, on the
 * bubbling side) while a field inside the editor has the keyboard; and tells Slate it lost the
 * keyboard whenever a field inside the editor takes it (see the note at the top on why onBlur
 * alone is not enough).
 */
export function useFieldSelectionGuard(editor: SectionEditorInstance): void {
  useEffect(() => {
    const onFocusIn = (event: FocusEvent): void => {
      let root: HTMLElement;
      try {
        root = ReactEditor.toDOMNode(editor, editor);
      } catch {
        return;
      }
      if (fieldInside(root, event.target) && (ReactEditor.isFocused(editor) || editor.selection !== null)) leaveTextForField(editor);
    };
    document.addEventListener('focusin', onFocusIn, true);
    return () => document.removeEventListener('focusin', onFocusIn, true);
  }, [editor]);
  useEffect(() => {
    const onSelectionChange = (event: Event): void => {
      let root: HTMLElement;
      try {
        root = ReactEditor.toDOMNode(editor, editor);
      } catch {
        return;
      }
      if (fieldInside(root, document.activeElement)) event.stopImmediatePropagation();
    };
    document.addEventListener('selectionchange', onSelectionChange, true);
    return () => document.removeEventListener('selectionchange', onSelectionChange, true);
  }, [editor]);
}

/**
 * Back from a field to the text (Enter, ↑/↓ in a caption or a case title): the keyboard first,
 * then the caret. The other way round, ReactEditor.focus found the caret's operations still
 * pending and waited for a timer, and until it fired the field kept the keyboard: on a loaded
 * machine an IME's first letters went into the field.
 */
export function backToText(editor: SectionEditorInstance, placeCaret: () => void): void {
  ReactEditor.focus(editor);
  placeCaret();
}
