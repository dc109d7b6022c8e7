/**
 * Computed heading numbers (一、 （一） 1. …) for the headings of the open section. Typing text
 * never changes them, so they are recomputed only after operations that can change the block
 * structure, and only published when the heading sequence really changed; headings read them
 * from context, so a keystroke re-renders no heading.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { Descendant, Editor, Operation } from 'slate';
import type { SectionContent } from '../../../shared/model/document';
import { numberContentHeadings } from '../../../shared/numbering/heading-numbering';

const TEXT_ONLY: ReadonlySet<Operation['type']> = new Set(['insert_text', 'remove_text', 'set_selection']);

/** Identity of the heading sequence: ids, levels and numbered flags of top-level headings. */
export function headingSignature(children: readonly Descendant[]): string {
  let signature = '';
  for (const block of children) {
    if ('type' in block && block.type === 'heading') signature += `${block.id}:${block.level}:${block.numbered === false ? 0 : 1};`;
  }
  return signature;
}

export interface HeadingNumbering {
  readonly labels: ReadonlyMap<string, string>;
  /** Call from the editor's change handler. */
  readonly onChange: () => void;
}

export function useHeadingNumbering(editor: Editor, nodeDepth: number): HeadingNumbering {
  const [signature, setSignature] = useState(() => headingSignature(editor.children));
  const onChange = useCallback(() => {
    if (editor.operations.every((op) => TEXT_ONLY.has(op.type))) return;
    setSignature(headingSignature(editor.children));
  }, [editor]);
  // `signature` stands for everything numberContentHeadings reads from the value: it is the cache
  // key, deliberately not read inside (the editor's children change on every keystroke).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const labels = useMemo(() => numberContentHeadings(editor.children as SectionContent, nodeDepth), [signature, nodeDepth, editor]);
  return { labels, onChange };
}

export interface HeadingContextValue {
  readonly labels: ReadonlyMap<string, string>;
  /** Depth of the outline node that holds the content: 1 for a chapter, 2 for a section. */
  readonly nodeDepth: number;
}

export const HeadingContext = createContext<HeadingContextValue>({ labels: new Map(), nodeDepth: 1 });

export function useHeadingContext(): HeadingContextValue {
  return useContext(HeadingContext);
}
