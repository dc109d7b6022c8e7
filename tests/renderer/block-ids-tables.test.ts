/**
 * Tables carry formulas that name rows by element id and columns by table-local id, so the id
 * plugin renews a pasted or clashing table as a whole (renewTableIds), keeping formulas pointing
 * at the table's own new rows and columns.
 */
import { createEditor, type Descendant, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReportEditing } from '../../shared/editor/with-report-editing';
import { collectIds } from '../../shared/ids/block-id';
import { validateSectionContent } from '../../shared/model/content-validation';
import type { TableElement } from '../../shared/tables/table-types';

const table = (): TableElement => ({
  type: 'table',
  id: 't1',
  caption: '学生人数',
  source: '',
  headerRows: 1,
  columns: [
    { id: 'k1', width: 2 },
    { id: 'k2', width: 1 },
  ],
  children: [
    { type: 'table-row', id: 'r0', children: [{ type: 'table-cell', id: 'c01', children: [{ text: '院系' }] }, { type: 'table-cell', id: 'c02', children: [{ text: '人数' }] }] },
    { type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'c11', children: [{ text: '机电' }] }, { type: 'table-cell', id: 'c12', children: [{ text: '10' }] }] },
    { type: 'table-row', id: 'r2', children: [{ type: 'table-cell', id: 'c21', children: [{ text: '信息' }] }, { type: 'table-cell', id: 'c22', children: [{ text: '20' }] }] },
    {
      type: 'table-row',
      id: 'r3',
      children: [
        { type: 'table-cell', id: 'c31', children: [{ text: '合计' }] },
        {
          type: 'table-cell',
          id: 'c32',
          formula: { kind: 'sum', range: { kind: 'range', rows: { from: 'r1', to: 'r2' }, cols: { from: 'k2', to: 'k2' } } },
          computed: true,
          children: [{ text: '30' }],
        },
      ],
    },
  ],
});

function editorWith(children: Descendant[]): Editor {
  const editor = withReportEditing(withHistory(createEditor()));
  editor.children = children;
  editor.selection = { anchor: { path: [1, 0], offset: 0 }, focus: { path: [1, 0], offset: 0 } };
  return editor;
}

test('a table pasted next to itself gets new ids everywhere, formulas follow', () => {
  const editor = editorWith([table(), { type: 'paragraph', id: 'p1', children: [{ text: '' }] }]);
  editor.insertFragment([table()]);
  const pasted = editor.children.find((n, i) => i > 0 && 'type' in n && n.type === 'table') as TableElement;
  expect(pasted).toBeDefined();
  const ids = collectIds(editor.children);
  expect(new Set(ids).size).toBe(ids.length);
  const rowIds = pasted.children.map((r) => r.id);
  expect(rowIds).not.toContain('r1');
  const formula = pasted.children[3]?.children[1]?.formula;
  const colIds = pasted.columns.map((c) => c.id);
  expect(formula).toEqual({ kind: 'sum', range: { kind: 'range', rows: { from: rowIds[1], to: rowIds[2] }, cols: { from: colIds[1], to: colIds[1] } } });
  const check = validateSectionContent(editor.children);
  expect(check.ok ? 'valid' : check.problem).toBe('valid');
});

test('a table inserted with a clashing row id is renewed as a whole, not cell by cell', () => {
  const editor = editorWith([{ type: 'paragraph', id: 'r2', children: [{ text: '' }] }, { type: 'paragraph', id: 'p1', children: [{ text: '' }] }]);
  editor.insertNode(table());
  const inserted = editor.children.find((n) => 'type' in n && n.type === 'table') as TableElement;
  expect(inserted.id).not.toBe('t1');
  const rowIds = inserted.children.map((r) => r.id);
  expect(rowIds.some((id) => ['r0', 'r1', 'r2', 'r3'].includes(id))).toBe(false);
  const formula = inserted.children[3]?.children[1]?.formula;
  expect(formula && formula.kind === 'sum' ? formula.range.rows : null).toEqual({ from: rowIds[1], to: rowIds[2] });
});

test('a table without clashes keeps its ids', () => {
  const editor = editorWith([{ type: 'paragraph', id: 'p0', children: [{ text: '' }] }, { type: 'paragraph', id: 'p1', children: [{ text: '' }] }]);
  editor.insertNode(table());
  const inserted = editor.children.find((n) => 'type' in n && n.type === 'table') as TableElement;
  expect(collectIds([inserted])).toEqual(collectIds([table()]));
});
