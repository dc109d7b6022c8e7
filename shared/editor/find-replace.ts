/**
 * Find and replace inside a live editor, on top of the pure matcher (../find/content-matches.ts):
 * the same matches the highlights show and main counts, turned into Slate operations so that the
 * editor's own plugins run (a replaced number recalculates its 小计) and history records them.
 */
import { Editor, Node, Transforms, type BaseRange } from 'slate';
import { HistoryEditor } from 'slate-history';
import { findInContent, type ContentMatch } from '../find/content-matches';
import type { FindOptions } from '../find/match-text';
import type { SectionContent } from '../model/document';
import './custom-types';

export function editorMatches(editor: Editor, query: string, options: FindOptions = {}): ContentMatch[] {
  return findInContent(editor.children as SectionContent, query, options);
}

/** The Slate range of a text match (a field match has none: it lives in a property). */
export function matchRange(match: ContentMatch): BaseRange | null {
  if (match.kind !== 'text') return null;
  return { anchor: { path: [...match.anchor.path], offset: match.anchor.offset }, focus: { path: [...match.focus.path], offset: match.focus.offset } };
}

function applyReplacement(editor: Editor, match: ContentMatch, replacement: string): void {
  if (match.kind === 'text') {
    const range = matchRange(match) as BaseRange;
    Transforms.delete(editor, { at: range });
    if (replacement.length > 0) Transforms.insertText(editor, replacement, { at: range.anchor });
    return;
  }
  const node = Node.get(editor, [...match.path]) as unknown as Record<string, unknown>;
  const value = node[match.field];
  if (typeof value !== 'string') return;
  Transforms.setNodes(editor, { [match.field]: value.slice(0, match.start) + replacement + value.slice(match.end) }, { at: [...match.path] });
}

/** Runs `change` as one undo step of its own, with normalizing deferred to its end. */
function oneStep(editor: Editor, change: () => void): void {
  const run = (): void => Editor.withoutNormalizing(editor, change);
  if (HistoryEditor.isHistoryEditor(editor)) HistoryEditor.withNewBatch(editor, run);
  else run();
}

/** Replaces one match (still as it was found: the caller finds again after every change). */
export function replaceMatch(editor: Editor, match: ContentMatch, replacement: string): void {
  oneStep(editor, () => applyReplacement(editor, match, replacement));
}

/**
 * Replaces every match in the section as ONE undo step; returns how many. Matches are replaced
 * from the last to the first, so the paths and offsets of those not yet replaced stay valid.
 */
export function replaceAll(editor: Editor, query: string, replacement: string, options: FindOptions = {}): number {
  const matches = editorMatches(editor, query, options);
  if (matches.length === 0) return 0;
  oneStep(editor, () => {
    for (let i = matches.length - 1; i >= 0; i -= 1) applyReplacement(editor, matches[i] as ContentMatch, replacement);
  });
  return matches.length;
}
