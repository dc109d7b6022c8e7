/**
 * Figures (图) in the text editor: void blocks whose image, caption, source line and width are
 * edited through the figure's own controls. Inserting one puts it where the caret's block stands
 * (replacing that block when it is an empty paragraph) and keeps a paragraph after it, so the
 * author can always continue typing below a figure.
 */
import { Editor, Element, Node, Path, Range, Transforms } from 'slate';
import { newBlockId } from '../ids/block-id';
import { paragraph, type FigureElement } from '../model/document';
import { isCase, isStructureBlock, isTextBlock } from './element-kinds';
import './custom-types';

export const MIN_FIGURE_WIDTH = 10;
export const MAX_FIGURE_WIDTH = 100;
/** Wide enough for a chart or a landscape photo to read well, narrow enough to leave margins. */
export const DEFAULT_FIGURE_WIDTH = 80;

export function clampFigureWidth(width: number): number {
  if (!Number.isFinite(width)) return DEFAULT_FIGURE_WIDTH;
  return Math.min(MAX_FIGURE_WIDTH, Math.max(MIN_FIGURE_WIDTH, Math.round(width)));
}

/** A portrait photo at 80 % of the text width would fill more than a page: start narrower. */
export function defaultWidthFor(pixelWidth: number, pixelHeight: number): number {
  return pixelHeight > pixelWidth * 1.1 ? 50 : DEFAULT_FIGURE_WIDTH;
}

export interface NewFigure {
  readonly asset: string | null;
  readonly caption?: string;
  readonly source?: string;
  readonly width?: number;
}

/**
 * The block the caret stands in, at the level where figures may stand: a top-level block or a
 * block of a case box (a list item counts as its whole list).
 */
function hostBlock(editor: Editor): Path | null {
  const { selection } = editor;
  if (!selection) return null;
  const entry = Editor.above(editor, {
    at: selection.focus,
    match: (n, p) => Element.isElement(n) && (p.length === 1 || (p.length === 2 && isCase(Node.parent(editor, p)))),
    mode: 'lowest',
  });
  if (entry) return entry[1];
  const top = selection.focus.path[0];
  return top === undefined ? null : [top];
}

/** Inserts a figure at the caret; returns its id, or null without a selection. */
export function insertFigure(editor: Editor, figure: NewFigure): string | null {
  const at = hostBlock(editor);
  if (!at) return null;
  const node: FigureElement = {
    type: 'figure',
    id: newBlockId(),
    asset: figure.asset,
    caption: figure.caption ?? '',
    source: figure.source ?? '',
    width: clampFigureWidth(figure.width ?? DEFAULT_FIGURE_WIDTH),
    children: [{ text: '' }],
  };
  Editor.withoutNormalizing(editor, () => {
    const host = Node.get(editor, at);
    const replaceEmpty = Element.isElement(host) && isTextBlock(host) && Editor.isEmpty(editor, host);
    const figurePath = replaceEmpty ? at : Path.next(at);
    if (replaceEmpty) Transforms.removeNodes(editor, { at });
    Transforms.insertNodes(editor, node, { at: figurePath });
    const after = Path.next(figurePath);
    const next = Node.has(editor, after) ? Node.get(editor, after) : null;
    if (!next || isStructureBlock(next)) Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: after });
    Transforms.select(editor, Editor.start(editor, after));
  });
  return node.id;
}

/** Enter on a selected figure opens a new paragraph below it, as after a picture in Word. */
function breakAfterFigure(editor: Editor): boolean {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return false;
  const entry = Editor.above(editor, { at: selection.anchor, match: (n) => Element.isElement(n) && n.type === 'figure' });
  if (!entry) return false;
  const after = Path.next(entry[1]);
  Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: after, select: true });
  return true;
}

export function withFigures<E extends Editor>(editor: E): E {
  const { normalizeNode, insertBreak } = editor;
  editor.insertBreak = () => {
    if (breakAfterFigure(editor)) return;
    insertBreak();
  };
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && node.type === 'figure' && clampFigureWidth(node.width) !== node.width) {
      // Main refuses widths outside 10–100 %; a slider or an old file must not block saving.
      Transforms.setNodes(editor, { width: clampFigureWidth(node.width) }, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };
  return editor;
}
