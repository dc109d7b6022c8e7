/**
 * The editor's side of find: Slate decorations that highlight every match (and the current one
 * more strongly) without touching the content, and scrolling the current match into view. Field
 * matches (captions, source lines, case titles) live in inputs, which decorations cannot reach:
 * the current one gets a class on its input instead.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Element, Node, type BaseRange, type NodeEntry } from 'slate';
import { ReactEditor } from 'slate-react';
import { editorMatches, matchRange } from '../../../shared/editor/find-replace';
import type { ContentMatch } from '../../../shared/find/content-matches';
import type { SectionEditorInstance } from '../editor/section-editor-type';
import { revealTableRow } from '../editor/table/row-reveal';
import { createStore, useStore } from '../state/store';
import { CLOSED, findOptionsOf, type FindHub, type FindState } from './find-hub';

/** Leaf properties the decorations add (renderLeaf draws them). */
export interface FindLeafMarks {
  readonly findMatch?: true;
  readonly findActive?: true;
}

const NO_STATE = createStore<FindState>(CLOSED);
const NO_ACTIVE = createStore(null);
const NO_VERSION = createStore(0);

const ACTIVE_FIELD = 'find-field-active';

function scrollToMatch(editor: SectionEditorInstance, match: ContentMatch): void {
  try {
    if (match.kind === 'text') {
      const dom = ReactEditor.toDOMRange(editor, matchRange(match) as BaseRange);
      const element = dom.startContainer instanceof HTMLElement ? dom.startContainer : dom.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', inline: 'nearest' });
      return;
    }
    const node = Node.get(editor, [...match.path]);
    if (!Element.isElement(node)) return;
    const input = ReactEditor.toDOMNode(editor, node).querySelector<HTMLElement>(`[data-testid="${node.type}-${match.field}-input"]`);
    input?.classList.add(ACTIVE_FIELD);
    input?.scrollIntoView({ block: 'center', inline: 'nearest' });
  } catch {
    // The match is not rendered (yet): in a long table's rows out of view, the table draws its
    // row and scrolls there (table/row-reveal.ts); otherwise the next render tries again.
    const range = match.kind === 'text' ? matchRange(match) : null;
    if (range) revealTableRow(editor, range.anchor.path);
  }
}

export function useFindDecorate(hub: FindHub | null, sectionId: string, editor: SectionEditorInstance): ((entry: NodeEntry) => BaseRange[]) | undefined {
  const state = useStore(hub?.state ?? NO_STATE);
  const active = useStore(hub?.active ?? NO_ACTIVE);
  const version = useStore(hub?.version ?? NO_VERSION);
  const activeIndex = active !== null && active.sectionId === sectionId && typeof active.index === 'number' ? active.index : -1;
  const searching = state.open && state.query.length > 0;
  const { query, matchCase, matchWidth } = state;

  // Matches by the path of the text block they are in, found again when the content changes.
  // (Keyed by what they depend on: decorate runs during render, before any effect could reset it.)
  const cache = useRef<{ children: unknown; key: string; byBlock: Map<string, BaseRange[]> } | null>(null);

  const decorate = useCallback(
    ([node, path]: NodeEntry): BaseRange[] => {
      if (!Element.isElement(node) || !node.children.some((child) => 'text' in child)) return [];
      const key = `${activeIndex}|${String(matchCase)}|${String(matchWidth)}|${query}`;
      if (cache.current?.children !== editor.children || cache.current.key !== key) {
        const byBlock = new Map<string, BaseRange[]>();
        editorMatches(editor, query, { matchCase, matchWidth }).forEach((match, index) => {
          const range = matchRange(match);
          if (range === null) return;
          const key = range.anchor.path.slice(0, -1).join('.');
          const marks: FindLeafMarks = index === activeIndex ? { findMatch: true, findActive: true } : { findMatch: true };
          byBlock.set(key, [...(byBlock.get(key) ?? []), { ...range, ...marks }]);
        });
        cache.current = { children: editor.children, key, byBlock };
      }
      return cache.current.byBlock.get(path.join('.')) ?? [];
    },
    [editor, query, matchCase, matchWidth, activeIndex],
  );

  // The current match scrolled into view (and its field marked) whenever it changes.
  useEffect(() => {
    const root = (() => {
      try {
        return ReactEditor.toDOMNode(editor, editor);
      } catch {
        return null;
      }
    })();
    root?.querySelectorAll(`.${ACTIVE_FIELD}`).forEach((el) => el.classList.remove(ACTIVE_FIELD));
    if (!searching || activeIndex < 0) return;
    const match = editorMatches(editor, query, findOptionsOf(state))[activeIndex];
    if (match) scrollToMatch(editor, match);
    // `version`: the content changed under the same index (a replacement): show the new current match.
  }, [editor, searching, activeIndex, query, state, version]);

  return useMemo(() => (searching ? decorate : undefined), [searching, decorate]);
}
