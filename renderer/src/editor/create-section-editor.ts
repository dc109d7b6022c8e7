import { createEditor, Editor, type Descendant } from 'slate';
import { HistoryEditor, withHistory } from 'slate-history';
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
  const changed = loadContent(editor, content as Descendant[]);
  const duplicates = repairDuplicateIds(editor);
  editor.history = { undos: [], redos: [] };
  return { editor, repaired: duplicates > 0 || changed };
}

/**
 * Puts `content` into the editor and normalizes all of it; true when normalizing changed it.
 *
 * Each top-level block goes in as an insert operation (outside the history, without the id
 * plugin's rewriting: repairDuplicateIds does that afterwards), so the dirty paths are the plugins'
 * own: a table already in normal form is normalized as a table but not cell by cell (see
 * getDirtyPaths in shared/editor/with-tables.ts), which is what makes a section holding a
 * 2 000-row table open quickly. Everything else is normalized exactly as a forced pass would.
 */
function loadContent(editor: SectionEditorInstance, content: Descendant[]): boolean {
  if (content.length === 0) {
    editor.children = content;
    Editor.normalize(editor, { force: true });
    return editor.children !== content;
  }
  editor.children = [];
  HistoryEditor.withoutSaving(editor, () => {
    Editor.withoutNormalizing(editor, () => {
      content.forEach((node, i) => editor.apply({ type: 'insert_node', path: [i], node }));
    });
  });
  // Loading is not an edit: slate-react's change handler must not see these operations.
  editor.operations = [];
  const same = editor.children.length === content.length && editor.children.every((block, i) => block === content[i]);
  if (same) editor.children = content;
  return !same;
}
