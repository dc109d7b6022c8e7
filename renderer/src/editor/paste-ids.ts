/**
 * What a paste needs to know about the rest of the report. A pasted block keeps its id when no
 * other block has it (cut and paste moves a table without breaking the references to it), so the
 * section's editor must know the ids of the other sections too: copying a table from section A
 * into B while A still holds it must give the copy a fresh id.
 *
 * Sections mounted in this window (the whole-report view stacks them) answer with their live
 * content, which is ahead of what main has stored: a table just cut from A is free at once.
 * Other sections answer through the report numbering (headings, tables, figures, cases and
 * references, which is everything a reference can point at). This section's own ids are left out
 * of the numbering's answer: its editor knows them better, and a stale numbering would otherwise
 * still hold the table this very section has just cut.
 */
import { useEffect } from 'react';
import type { Editor } from 'slate';
import { documentIds, setIdsElsewhere } from '../../../shared/editor/with-block-ids';
import type { NumberingIndex } from '../numbering/numbering-index';
import { useNumberingStoreHandle } from '../numbering/numbering-context';

/** Section editors mounted now, with the outline node each one edits. */
const liveSections = new Map<Editor, string>();

/** The ids of sections other than `nodeId`: live editors first, the numbering for the rest. */
export function idsOutsideSection(nodeId: string, numbering: Pick<NumberingIndex, 'headings' | 'structures' | 'xrefs'>, live: ReadonlyMap<Editor, string>): Set<string> {
  const ids = new Set<string>();
  const liveNodes = new Set<string>();
  for (const [editor, node] of live) {
    if (node === nodeId) continue;
    liveNodes.add(node);
    for (const id of documentIds(editor)) ids.add(id);
  }
  const fromNumbering = (entry: { readonly id: string; readonly nodeId: string }): void => {
    if (entry.nodeId !== nodeId && !liveNodes.has(entry.nodeId)) ids.add(entry.id);
  };
  for (const heading of numbering.headings) {
    // An outline node's heading id is the node's own id, a reference target in every case.
    if (heading.id === heading.nodeId) ids.add(heading.id);
    else fromNumbering(heading);
  }
  numbering.structures.forEach(fromNumbering);
  numbering.xrefs.forEach(fromNumbering);
  return ids;
}

/** Registers the section's editor for the lifetime of the component and wires its pastes. */
export function usePasteIds(editor: Editor, nodeId: string): void {
  const numbering = useNumberingStoreHandle();
  useEffect(() => {
    liveSections.set(editor, nodeId);
    setIdsElsewhere(editor, () => idsOutsideSection(nodeId, numbering.index.get(), liveSections));
    return () => {
      liveSections.delete(editor);
      setIdsElsewhere(editor, null);
    };
  }, [editor, nodeId, numbering]);
}
