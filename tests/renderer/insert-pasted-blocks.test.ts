/**
 * Pasted Word content goes into a real section editor (all report plugins, slate-history) as one
 * undo step: into an empty paragraph it replaces it, in the middle of text it splits the paragraph
 * around the pasted blocks, and in a table cell the cell takes text only.
 */
import { Editor, Node, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { createSectionEditor } from '../../renderer/src/editor/create-section-editor';
import { insertPastedBlocks } from '../../renderer/src/editor/paste/insert-pasted-blocks';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { SectionContent } from '../../shared/model/document';
import { gridToTable } from '../../shared/tables/cell-grid';
import { clipboardBlocks } from '../../shared/word/clipboard/clipboard-blocks';
import { normaliseClipboardHtml } from '../../shared/word/clipboard/normalise-clipboard-html';

const WORD = '<h1>一、办学基础</h1><p class=MsoNormal>学校<b>现有</b>专业。</p><table><tr><td rowspan=2>系</td><td>甲</td></tr><tr><td>乙</td></tr></table>';

const blocks = () => clipboardBlocks(normaliseClipboardHtml(WORD), new Map()).blocks;
const summary = (editor: Editor): string[] => editor.children.map((b) => `${(b as { type: string }).type}:${Node.string(b)}`);

function valid(editor: Editor): string {
  const check = validateSectionContent(editor.children as SectionContent);
  return check.ok ? 'valid' : check.problem;
}

test('into an empty paragraph: the blocks replace it; one undo takes the paste back', () => {
  const { editor } = createSectionEditor([
    { type: 'paragraph', id: 'a', children: [{ text: '前文' }] },
    { type: 'paragraph', id: 'b', children: [{ text: '' }] },
  ]);
  Transforms.select(editor, Editor.start(editor, [1]));
  insertPastedBlocks(editor, blocks(), null);
  expect(summary(editor)).toEqual(['paragraph:前文', 'heading:办学基础', 'paragraph:学校现有专业。', 'table:系甲乙']);
  expect(valid(editor)).toBe('valid');
  const table = editor.children[3] as { children: { children: { rowSpan?: number }[] }[] };
  expect(table.children[0]?.children[0]?.rowSpan).toBe(2);
  HistoryEditor.undo(editor);
  expect(summary(editor)).toEqual(['paragraph:前文', 'paragraph:']);
});

test('in the middle of text: the paragraph is split around the pasted blocks', () => {
  const { editor } = createSectionEditor([{ type: 'paragraph', id: 'a', children: [{ text: '前半后半' }] }]);
  Transforms.select(editor, { path: [0, 0], offset: 2 });
  insertPastedBlocks(editor, blocks(), null);
  expect(summary(editor)).toEqual(['paragraph:前半', 'heading:办学基础', 'paragraph:学校现有专业。', 'table:系甲乙', 'paragraph:后半']);
  expect(valid(editor)).toBe('valid');
  HistoryEditor.undo(editor);
  expect(summary(editor)).toEqual(['paragraph:前半后半']);
});

test('in a table cell the cell takes the text only (negative control for the block paste)', () => {
  const table = gridToTable({ rows: [[{ content: '' }, { content: 'x' }]], headerRows: 0, columnWidths: [], caption: '' }, { caption: '' });
  const { editor } = createSectionEditor([table, { type: 'paragraph', id: 'p', children: [{ text: '' }] }] as SectionContent);
  Transforms.select(editor, Editor.start(editor, [0]));
  insertPastedBlocks(editor, clipboardBlocks(normaliseClipboardHtml('<p>单元格<b>文字</b></p><p>第二段</p>'), new Map()).blocks, null);
  expect(editor.children).toHaveLength(2);
  expect(Node.string(editor.children[0] as Node)).toBe('单元格文字\n第二段x');
});

test('a paragraph pasted in the middle of text joins that text', () => {
  const { editor } = createSectionEditor([{ type: 'paragraph', id: 'a', children: [{ text: '前半后半' }] }]);
  Transforms.select(editor, { path: [0, 0], offset: 2 });
  insertPastedBlocks(editor, clipboardBlocks(normaliseClipboardHtml('<p class=MsoNormal>插入<b>加粗</b></p>'), new Map()).blocks, null);
  expect(summary(editor)).toEqual(['paragraph:前半插入加粗后半']);
  expect((editor.children[0] as { children: { text: string; bold?: boolean }[] }).children).toEqual([{ text: '前半插入' }, { text: '加粗', bold: true }, { text: '后半' }]);
});
