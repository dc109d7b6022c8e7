/**
 * A table inserted in normal form is normalized as a table, not node by node (getDirtyPaths in
 * shared/editor/with-tables.ts), when a section loads and when a table is pasted; a table that
 * needs a repair below its own level still gets it.
 */
import { Editor, Transforms, type Descendant } from 'slate';
import { insertTableBlock } from '../../shared/editor/table-commands';
import { isSettledTable } from '../../shared/editor/with-tables';
import { gridFromStrings, gridToTable } from '../../shared/tables/cell-grid';
import type { SectionContent } from '../../shared/model/document';
import type { TableElement } from '../../shared/tables/table-types';
import { createSectionEditor } from '../../renderer/src/editor/create-section-editor';

function bigTable(rows: number): TableElement {
  return gridToTable(gridFromStrings(Array.from({ length: rows }, (_, r) => Array.from({ length: 12 }, (_, c) => `${r}-${c}`)), 1));
}

const paragraph = (id: string, text: string) => ({ type: 'paragraph', id, children: [{ text }] }) as Descendant;

/** How many nodes the editor normalizes while `run` runs. */
function normalizedNodes(editor: Editor, run: () => void): number {
  const { normalizeNode } = editor;
  let count = 0;
  editor.normalizeNode = (entry, options) => {
    count++;
    normalizeNode(entry, options);
  };
  try {
    run();
  } finally {
    editor.normalizeNode = normalizeNode;
  }
  return count;
}

test('a section with a long table in normal form loads unchanged, its table object kept', () => {
  const table = bigTable(300);
  expect(isSettledTable(table)).toBe(true);
  const content = [paragraph('p1', '前'), table, paragraph('p2', '后')] as SectionContent;
  const { editor, repaired } = createSectionEditor(content);
  expect(repaired).toBe(false);
  expect(editor.children).toBe(content);
  expect(editor.children[1]).toBe(table);
});

test('a table with a mark or a duplicate id in it is repaired on load (negative control)', () => {
  const marked = bigTable(3);
  const row = marked.children[1] as TableElement['children'][number];
  const withMark = { ...marked, children: [marked.children[0], { ...row, children: [{ ...row.children[0], children: [{ text: '粗', bold: true }] }, ...row.children.slice(1)] }, marked.children[2]] } as TableElement;
  expect(isSettledTable(withMark)).toBe(false);
  const loaded = createSectionEditor([withMark, paragraph('p', '')] as SectionContent);
  expect(loaded.repaired).toBe(true);
  expect(JSON.stringify(loaded.editor.children)).not.toContain('"bold"');

  const duplicate = bigTable(3);
  const clash = { ...duplicate, children: duplicate.children.map((r, i) => (i === 2 ? { ...r, id: duplicate.children[1]?.id ?? '' } : r)) } as TableElement;
  expect(isSettledTable(clash)).toBe(false);
  const ids = createSectionEditor([clash, paragraph('q', '')] as SectionContent);
  expect(ids.repaired).toBe(true);
  const rowIds = (ids.editor.children[0] as TableElement).children.map((r) => r.id);
  expect(new Set(rowIds).size).toBe(rowIds.length);
});

test('pasting a table in normal form normalizes the table, not each of its 7 000 nodes; the result is normal', () => {
  const { editor } = createSectionEditor([paragraph('p', '')] as SectionContent);
  Transforms.select(editor, Editor.start(editor, []));
  const table = bigTable(300);
  const settled = normalizedNodes(editor, () => insertTableBlock(editor, table));
  expect(settled).toBeLessThan(20);
  // A forced pass over everything finds nothing left to do.
  const before = editor.children;
  Editor.normalize(editor, { force: true });
  expect(editor.children).toBe(before);

  // Negative control: a table that is not settled is normalized node by node.
  const { editor: other } = createSectionEditor([paragraph('p', '')] as SectionContent);
  Transforms.select(other, Editor.start(other, []));
  const unsettled = { ...bigTable(300), caption: undefined } as unknown as TableElement;
  expect(isSettledTable(unsettled)).toBe(false);
  expect(normalizedNodes(other, () => insertTableBlock(other, unsettled))).toBeGreaterThan(7000);
});
