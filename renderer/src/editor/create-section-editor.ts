import { createEditor, Editor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import { repairDuplicateIds } from '../../../shared/editor/with-block-ids';
import { withReportEditing } from '../../../shared/editor/with-report-editing';
import type { SectionContent } from '../../../shared/model/document';
import type { SectionEditorInstance } from './section-editor-type';

/** Chunks of top-level blocks React reconciles separately; only long sections get more than one. */
const CHUNK_SIZE = 64;

/**
 * A Slate editor for one section, loaded with `content`. The plugin order matters: history wraps
 * the DOM layer, and the report plugins wrap history (they must see undo/redo replays).
 * Content from the file is normalized once (missing ids, stray list items) without entering the
 * undo history, so Ctrl+Z cannot "undo" the load.
 */
export function createSectionEditor(content: SectionContent): { editor: SectionEditorInstance; repaired: boolean } {
  const editor = withReportEditing(withHistory(withReact(createEditor()))) as SectionEditorInstance;
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);
  editor.children = content as Descendant[];
  const before = editor.children;
  Editor.normalize(editor, { force: true });
  const duplicates = repairDuplicateIds(editor);
  editor.history = { undos: [], redos: [] };
  return { editor, repaired: duplicates > 0 || editor.children !== before };
}
