/**
 * A history version put into the open editor (shared/editor/replace-content.ts): the content is
 * exactly the version's, ids kept, as ONE undo step — Ctrl+Z brings back the text from before.
 */
import { Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { replaceEditorContent } from '../../shared/editor/replace-content';
import type { SectionContent } from '../../shared/model/document';
import { createSectionEditor } from '../../renderer/src/editor/create-section-editor';

const now: SectionContent = [
  { type: 'paragraph', id: 'p1', children: [{ text: '学校坚持立德树人。' }] },
  { type: 'heading', id: 'h1', level: 1, children: [{ text: '后来加的标题' }] },
];
const version = [
  { type: 'paragraph', id: 'p1', children: [{ text: '学院坚持立德树人。' }] },
  {
    type: 'table', id: 't1', caption: '就业情况', source: '', headerRows: 1, columns: [{ id: 'a', width: 1 }],
    children: [{ type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'c1', children: [{ text: '专业' }] }] }],
  },
] as unknown as SectionContent;

test('replaces the content with the version, ids kept, as one undo step', () => {
  const { editor } = createSectionEditor(structuredClone(now));
  // Some typing first, so the undo history is not empty.
  Transforms.select(editor, { path: [0, 0], offset: 0 });
  HistoryEditor.withNewBatch(editor, () => editor.insertText('（一）'));
  const typed = structuredClone(editor.children);
  const undos = editor.history.undos.length;

  replaceEditorContent(editor, version);
  expect(editor.children).toEqual(version);
  expect(editor.history.undos.length).toBe(undos + 1);

  editor.undo();
  expect(editor.children).toEqual(typed);
  // Negative control: the step before is still the typing, undone separately.
  editor.undo();
  expect(editor.children).toEqual(now);
  editor.redo();
  editor.redo();
  expect(editor.children).toEqual(version);
});
