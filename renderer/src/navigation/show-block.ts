/**
 * Carries out a jump inside one section editor: scrolls the target block into view, puts the
 * caret at its start when it holds text, and flashes it briefly so the eye finds it.
 */
import { Editor, Element, Node, Transforms, type Path } from 'slate';
import { ReactEditor } from 'slate-react';
import { isTextBlock } from '../../../shared/editor/element-kinds';
import type { SectionEditorInstance } from '../editor/section-editor-type';

const FLASH_MS = 1600;

export function findPathById(editor: Editor, id: string): Path | null {
  for (const [node, path] of Node.elements(editor)) {
    if (node.id === id) return path;
  }
  return null;
}

function flash(element: HTMLElement): void {
  element.classList.remove('jump-flash');
  // Restart the animation when the same block is shown twice in a row.
  void element.offsetWidth;
  element.classList.add('jump-flash');
  window.setTimeout(() => element.classList.remove('jump-flash'), FLASH_MS);
}

/** Shows `blockId` in `editor`; the section's own start when it is not a block of this section. */
export function showBlock(editor: SectionEditorInstance, blockId: string): void {
  const path = findPathById(editor, blockId);
  const root = ReactEditor.toDOMNode(editor, editor);
  if (!path) {
    // The section itself (an outline heading): show where it starts, title included.
    const start = root.closest<HTMLElement>('[data-section-start], .page') ?? root;
    start.scrollIntoView({ block: 'start' });
    return;
  }
  const node = Node.get(editor, path);
  if (Element.isElement(node) && isTextBlock(node)) {
    Transforms.select(editor, Editor.start(editor, path));
    ReactEditor.focus(editor);
  }
  // After focusing, which may itself scroll to the caret: the block ends up centred either way,
  // or (taller than most of the window: a long case box) with its top, its number, in view.
  const element = ReactEditor.toDOMNode(editor, node);
  const tall = element.getBoundingClientRect().height > window.innerHeight * 0.6;
  element.scrollIntoView({ block: tall ? 'start' : 'center' });
  flash(element);
}
