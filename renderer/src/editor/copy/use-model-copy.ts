/**
 * Copy, cut and drag of a selection holding a table write text/plain and text/html from the Slate
 * fragment instead of from the DOM (see shared/editor/fragment-clipboard.ts for why: rows of a long
 * table out of view are not drawn, and slate-react's setFragmentData copies the DOM).
 *
 * The application/x-slate-fragment flavour is written exactly as slate-dom writes it, so a paste
 * inside the app reads the same fragment as before. Selections without a table keep slate-react's
 * own path (their DOM is complete, and it carries the editor's formatting).
 */
import { useEffect } from 'react';
import { Range, type Descendant } from 'slate';
import { fragmentHasTable, fragmentToClipboard } from '../../../../shared/editor/fragment-clipboard';
import type { ReportNode } from '../../../../shared/model/document';
import { useNumberingStoreHandle } from '../../numbering/numbering-context';
import type { SectionEditorInstance } from '../section-editor-type';

/** slate-react's default clipboard format key (withReact(editor) is called without one). */
const SLATE_FRAGMENT_TYPE = 'application/x-slate-fragment';

/** slate-dom's encoding of the fragment (setFragmentData in slate-dom's with-dom). */
export function encodeSlateFragment(fragment: readonly Descendant[]): string {
  return window.btoa(encodeURIComponent(JSON.stringify(fragment)));
}

export function useModelCopy(editor: SectionEditorInstance): void {
  const numbering = useNumberingStoreHandle();
  useEffect(() => {
    const original = editor.setFragmentData;
    editor.setFragmentData = (data, originEvent) => {
      const { selection } = editor;
      if (!selection || Range.isCollapsed(selection)) {
        original(data, originEvent);
        return;
      }
      const fragment = editor.getFragment();
      if (!fragmentHasTable(fragment as ReportNode[])) {
        original(data, originEvent);
        return;
      }
      const index = numbering.index.get();
      const labelOf = (id: string): string | null | undefined => (index.ready ? index.labelOf(id) : undefined);
      const { text, html } = fragmentToClipboard(fragment as ReportNode[], { labelOf });
      data.setData(SLATE_FRAGMENT_TYPE, encodeSlateFragment(fragment));
      data.setData('text/html', html);
      data.setData('text/plain', text);
    };
    return () => {
      editor.setFragmentData = original;
    };
  }, [editor, numbering]);
}
