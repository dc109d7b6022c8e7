/**
 * What the keyboard and the popup do with an offered reference: move through the candidates,
 * insert the chosen one in place of the typed 表 1- (keeping 见/如), or dismiss the offer.
 */
import { Editor, Node, Range, Text, type Path } from 'slate';
import { isTextBlock } from '../../../../shared/editor/element-kinds';
import { insertXref } from '../../../../shared/editor/with-xrefs';
import { matchReferenceCue } from './reference-cue';
import { updateXrefUi, xrefUi, type CueAt } from './xref-ui-state';

/** How far back from the caret a cue is looked for: 见案例 12-12 is ten characters. */
const LOOK_BEHIND = 24;

/** The reference cue right before the caret, in running text (not in a table cell), or null. */
export function readCue(editor: Editor): CueAt | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const { path, offset } = selection.anchor;
  if (!Node.has(editor, path)) return null;
  const node = Node.get(editor, path);
  if (!Text.isText(node) || !isTextBlock(Node.parent(editor, path))) return null;
  const from = Math.max(0, offset - LOOK_BEHIND);
  const cue = matchReferenceCue(node.text.slice(from, offset));
  if (!cue) return null;
  const start = from + cue.start;
  return { ...cue, start, path, caret: offset, key: `${path.join('.')}:${start}` };
}

export function sameCue(a: CueAt | null, b: CueAt | null): boolean {
  return a === b || (a !== null && b !== null && a.key === b.key && a.caret === b.caret && a.number === b.number && a.kind === b.kind);
}

export function moveSuggestion(editor: Editor, delta: number): void {
  const { suggestion } = xrefUi(editor).get();
  if (!suggestion) return;
  const count = suggestion.candidates.length;
  updateXrefUi(editor, { suggestion: { ...suggestion, index: (suggestion.index + delta + count) % count } });
}

export function dismissSuggestion(editor: Editor): void {
  const { suggestion } = xrefUi(editor).get();
  updateXrefUi(editor, { suggestion: null, dismissed: suggestion?.cue.key ?? null });
}

/** Inserts the offered reference (the highlighted one, or `index`); false when none is offered. */
export function acceptSuggestion(editor: Editor, index?: number): boolean {
  const { suggestion } = xrefUi(editor).get();
  const target = suggestion?.candidates[index ?? suggestion.index];
  if (!suggestion || !target) return false;
  const path: Path = suggestion.cue.path;
  updateXrefUi(editor, { suggestion: null });
  insertXref(editor, target.id, { anchor: { path, offset: suggestion.cue.start }, focus: { path, offset: suggestion.cue.caret } });
  return true;
}
