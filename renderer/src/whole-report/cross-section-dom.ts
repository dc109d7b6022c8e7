/**
 * The browser half of moving the caret between the sections of the 全文 view: where the caret is
 * (first / last visual line, very start / end) and putting it into another section's editor.
 * The decisions themselves are in cross-section-keys.ts.
 */
import { Editor, Point, Range, Transforms } from 'slate';
import { ELEMENT_TO_NODE } from 'slate-dom';
import { ReactEditor } from 'slate-react';
import type { SectionEditorInstance } from '../editor/section-editor-type';
import type { CaretFacts } from './cross-section-keys';

/** The sticky strip naming the section covers the top of the scrolling area (see .whole-strip). */
const STRIP_ALLOWANCE = 40;
const BOTTOM_ALLOWANCE = 16;

/**
 * The Slate editor behind an editable element. The view does not hold the sections' editors (each
 * LoadedSection owns its own); Slate maps every rendered element, the editable itself included, to
 * its node, and the editable's node is the editor.
 */
export function editorOfElement(element: HTMLElement): SectionEditorInstance | null {
  const node: unknown = ELEMENT_TO_NODE.get(element);
  return Editor.isEditor(node) ? (node as SectionEditorInstance) : null;
}

/** The first rectangle of a collapsed range, or of the element around it when it has none. */
function caretRect(range: globalThis.Range): DOMRect | null {
  const rect = range.getClientRects()[0];
  if (rect) return rect;
  // A caret between elements (an empty line, next to a void) may have no rectangle of its own.
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const box = element?.getClientRects()[0];
  return box ?? null;
}

const visible = (rect: DOMRect): boolean => rect.width > 0 || rect.height > 0;

/** True when something in `range` lies on a line below (`below`) or above the caret's line. */
function hasOtherLine(range: globalThis.Range, caret: DOMRect, below: boolean): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (!visible(rect)) continue;
    // Compare the middle of each box with the caret's box: text of the same line in another size
    // (a superscript, a larger run) overlaps it, text of the next or previous line does not.
    const middle = (rect.top + rect.bottom) / 2;
    if (below ? middle > caret.bottom : middle < caret.top) return true;
  }
  return false;
}

export interface MeasuredCaret {
  readonly facts: CaretFacts;
  /** The caret's horizontal position, kept when ↑↓ cross into another section. */
  readonly x: number | null;
}

/**
 * The caret of a focused section editor. The line facts are measured only when asked for and only
 * inside the first / last top-level block (a whole long section is never measured per keystroke).
 */
export function measureCaret(editor: SectionEditorInstance): MeasuredCaret | null {
  const domSelection = window.getSelection();
  const domRange = domSelection && domSelection.rangeCount > 0 ? domSelection.getRangeAt(0) : null;
  // The DOM selection, not the editor's: Slate takes over the browser's own caret moves (Home, End,
  // a click) only after a throttled selectionchange, so its selection may still be the one before.
  const selection = domSelection ? ReactEditor.toSlateRange(editor, domSelection, { exactMatch: false, suppressThrow: true }) : null;
  if (!selection) return null;
  const collapsed = Range.isCollapsed(selection);
  let rect: DOMRect | null | undefined;
  const rectOfCaret = (): DOMRect | null => {
    if (rect === undefined) rect = domRange && domRange.collapsed ? caretRect(domRange) : null;
    return rect;
  };
  const last = editor.children.length - 1;
  const lineEdge = (which: 'first' | 'last'): boolean => {
    if (!collapsed || !domRange) return false;
    const index = which === 'first' ? 0 : last;
    if (selection.focus.path[0] !== index) return false;
    const child = editor.children[index];
    if (!child) return false;
    const caret = rectOfCaret();
    // No rectangle at all (nothing laid out): the block has no other line to move to either.
    if (!caret) return true;
    const block = ReactEditor.toDOMNode(editor, child);
    const rest = document.createRange();
    if (which === 'last') {
      rest.setStart(domRange.endContainer, domRange.endOffset);
      rest.setEnd(block, block.childNodes.length);
    } else {
      rest.setStart(block, 0);
      rest.setEnd(domRange.startContainer, domRange.startOffset);
    }
    return !hasOtherLine(rest, caret, which === 'last');
  };
  const facts: CaretFacts = {
    collapsed,
    get atStart() {
      return collapsed && Point.equals(selection.focus, Editor.start(editor, []));
    },
    get atEnd() {
      return collapsed && Point.equals(selection.focus, Editor.end(editor, []));
    },
    get onFirstLine() {
      return lineEdge('first');
    },
    get onLastLine() {
      return lineEdge('last');
    },
  };
  return {
    facts,
    get x() {
      return rectOfCaret()?.left ?? null;
    },
  };
}

/** Selects `point` in the model and in the DOM at once, so that typing right away lands there. */
function selectNow(editor: SectionEditorInstance, element: HTMLElement, point: Point): void {
  Transforms.select(editor, point);
  if (document.activeElement !== element) element.focus({ preventScroll: true });
  const domRange = ReactEditor.toDOMRange(editor, { anchor: point, focus: point });
  const domSelection = window.getSelection();
  domSelection?.removeAllRanges();
  domSelection?.addRange(domRange);
}

function pointRect(editor: SectionEditorInstance, point: Point): DOMRect | null {
  try {
    return caretRect(ReactEditor.toDOMRange(editor, { anchor: point, focus: point }));
  } catch {
    return null;
  }
}

/** Scrolls the editor area so that `rect` is visible below the section strip. */
function reveal(scroller: HTMLElement | null, rect: DOMRect | null): void {
  if (!scroller || !rect) return;
  const box = scroller.getBoundingClientRect();
  if (rect.top < box.top + STRIP_ALLOWANCE) scroller.scrollTop -= box.top + STRIP_ALLOWANCE - rect.top;
  else if (rect.bottom > box.bottom - BOTTOM_ALLOWANCE) scroller.scrollTop += rect.bottom - (box.bottom - BOTTOM_ALLOWANCE);
}

/** The DOM position under a point of the viewport (caretPositionFromPoint where Chromium has it). */
function domPointAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // The fallback for Chromium before 128, which has only the WebKit original.
  const range = document.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The point of `editor` on the line of `lineRect` under horizontal position `x`, if any. */
function pointOnLine(editor: SectionEditorInstance, element: HTMLElement, x: number, lineRect: DOMRect): Point | null {
  const hit = domPointAt(x, (lineRect.top + lineRect.bottom) / 2);
  // A section laid out only now may not be hit-testable yet; the caller keeps the line's edge then.
  if (!hit || !element.contains(hit.node) || !(hit.node instanceof Text)) return null;
  const point = ReactEditor.toSlatePoint(editor, [hit.node, hit.offset], { exactMatch: false, suppressThrow: true });
  if (!point) return null;
  // Stay on the target line: a hit that lands on another line would skip the line the caret entered.
  const landed = pointRect(editor, point);
  if (!landed || landed.bottom <= lineRect.top || landed.top >= lineRect.bottom) return null;
  return point;
}

/**
 * Puts the caret into the section editor `element`: at its start or end, on that line under `x`
 * when given, and scrolls it into view.
 */
export function placeCaret(element: HTMLElement, landing: 'start' | 'end', x: number | null, from: SectionEditorInstance | null): void {
  const editor = editorOfElement(element);
  // The section left behind must know it lost the focus: Slate ignores a blur while it is still
  // putting its own selection into the DOM, and an editor that believes itself focused puts its
  // selection back on its next render, taking the caret (and the focus) back.
  if (from && from !== editor) ReactEditor.blur(from);
  if (!editor) {
    element.focus();
    return;
  }
  const edge = landing === 'start' ? Editor.start(editor, []) : Editor.end(editor, []);
  selectNow(editor, element, edge);
  const scroller = element.closest<HTMLElement>('.editor-area');
  reveal(scroller, pointRect(editor, edge));
  if (x === null) return;
  const refine = (): boolean => {
    // The author may have typed or moved on since: then the caret is theirs.
    const { selection } = editor;
    if (!selection || !Range.isCollapsed(selection) || !Point.equals(selection.focus, edge)) return true;
    const lineRect = pointRect(editor, edge);
    if (!lineRect) return false;
    const point = pointOnLine(editor, element, x, lineRect);
    if (!point) return false;
    if (!Point.equals(point, edge)) selectNow(editor, element, point);
    return true;
  };
  // A section that was off screen (content-visibility: auto) is hit-testable from the next frame.
  if (!refine()) requestAnimationFrame(() => void refine());
}
