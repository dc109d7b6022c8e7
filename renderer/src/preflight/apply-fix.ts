/**
 * A preflight finding inside a section's Slate editor: where its excerpt is (to select it), and
 * its fix applied as one change — one undo step (a new history batch, so Ctrl+Z undoes the fix and
 * nothing typed before it) that autosave then writes as one revision. Before changing anything
 * the text at the finding's place must still be its excerpt: a finding from before an edit is
 * refused as out of date rather than applied to the wrong characters.
 *
 * Plain Slate (no DOM), so it is tested in Node with a real editor and history.
 */
import { Editor, Element, Node, Range, Text, Transforms, type Path } from 'slate';
import { HistoryEditor } from 'slate-history';
import { insertXref } from '../../../shared/editor/with-xrefs';
import type { FigureElement, InlineNode, XrefElement } from '../../../shared/model/document';
import { locateInInlines, replaceInField } from '../../../shared/preflight/locate-excerpt';
import type { LabelOf } from '../../../shared/preflight/text-units';
import type { Finding } from '../../../shared/preflight/types';

export type FindingPlace = Pick<Finding, 'blockId' | 'field' | 'offset' | 'excerpt' | 'fix'>;

/** Fields that are string properties of their block rather than text in the editor. */
const STRING_FIELDS = new Set(['caption', 'title', 'source']);

export type Located =
  | { readonly kind: 'inline'; readonly path: Path; readonly range: Range; readonly xrefs: readonly Path[]; readonly text: string }
  | { readonly kind: 'field'; readonly path: Path; readonly field: string; readonly value: string };

function pathOfId(editor: Editor, id: string): Path | null {
  for (const [node, path] of Node.elements(editor)) {
    if (node.id === id) return path;
  }
  return null;
}

/** The finding's place in `editor`, or null when its block (or its text) is not there any more. */
export function locateFinding(editor: Editor, place: FindingPlace, labelOf: LabelOf): Located | null {
  if (STRING_FIELDS.has(place.field)) {
    const path = pathOfId(editor, place.blockId);
    if (path === null) return null;
    const value = (Node.get(editor, path) as unknown as Record<string, unknown>)[place.field];
    return typeof value === 'string' ? { kind: 'field', path, field: place.field, value } : null;
  }
  // 'text': the block's own inlines; otherwise the field names a table cell by its id.
  const path = pathOfId(editor, place.field === 'text' ? place.blockId : place.field);
  if (path === null) return null;
  const element = Node.get(editor, path);
  if (!Element.isElement(element) || !element.children.every((c) => Text.isText(c) || (Element.isElement(c) && c.type === 'xref'))) return null;
  const span = locateInInlines(element.children as InlineNode[], labelOf, place.offset, place.excerpt.length);
  if (span === null) return null;
  return {
    kind: 'inline',
    path,
    range: { anchor: { path: [...path, span.anchor.child], offset: span.anchor.offset }, focus: { path: [...path, span.focus.child], offset: span.focus.offset } },
    xrefs: span.xrefs.map((i) => [...path, i]),
    text: span.text,
  };
}

export type FixOutcome = { readonly ok: true } | { readonly ok: false; readonly reason: 'stale' | 'unsupported' };

/** Applies the finding's fix in one history batch and selects what it put there. */
export function applyFix(editor: Editor, place: FindingPlace, labelOf: LabelOf): FixOutcome {
  const fix = place.fix;
  if (fix === null) return { ok: false, reason: 'unsupported' };
  const located = locateFinding(editor, place, labelOf);
  if (located === null) return { ok: false, reason: 'stale' };
  if (located.kind === 'field') {
    if (fix.kind !== 'replace') return { ok: false, reason: 'unsupported' };
    const next = replaceInField(located.value, place.offset, place.excerpt, fix.text);
    if (next === null) return { ok: false, reason: 'stale' };
    HistoryEditor.withNewBatch(editor as HistoryEditor, () => Transforms.setNodes<FigureElement>(editor, { [located.field]: next } as unknown as Partial<FigureElement>, { at: located.path }));
    return { ok: true };
  }
  if (located.text !== place.excerpt) return { ok: false, reason: 'stale' };
  const { range } = located;
  let done = true;
  HistoryEditor.withNewBatch(editor as HistoryEditor, () => {
    Editor.withoutNormalizing(editor, () => {
      if (fix.kind === 'replace') {
        // Outward: the start stays before the new text and the end moves after it, so the new text is selected.
        const ref = Editor.rangeRef(editor, range, { affinity: 'outward' });
        Transforms.delete(editor, { at: range });
        const start = ref.current === null ? null : Range.start(ref.current);
        if (start !== null && fix.text !== '') Transforms.insertText(editor, fix.text, { at: start });
        const after = ref.unref();
        if (after !== null) Transforms.select(editor, after);
      } else if (isWholeXref(editor, located)) {
        // A live reference pointing at the wrong figure: point it at the right one.
        Transforms.setNodes<XrefElement>(editor, { target: fix.target }, { at: located.xrefs[0] as Path });
      } else if (located.xrefs.length === 0) {
        // A typed reference (见表 2): the typed text becomes a live reference to its target.
        done = insertXref(editor, fix.target, range) !== null;
      } else {
        done = false;
      }
    });
  });
  return done ? { ok: true } : { ok: false, reason: 'unsupported' };
}

/** The span is one reference and nothing else (its excerpt is the label the reader sees). */
function isWholeXref(editor: Editor, located: Extract<Located, { kind: 'inline' }>): boolean {
  const only = located.xrefs[0];
  if (only === undefined || located.xrefs.length !== 1) return false;
  // Whatever text the span covers besides the reference must be empty (leaves around an inline).
  const texts = Array.from(Editor.nodes(editor, { at: located.range, match: Text.isText }));
  return texts.every(([node, path]) => {
    const r = Range.intersection(located.range, Editor.range(editor, path));
    return r === null || Range.isCollapsed(r) || (node as Text).text === '';
  });
}
