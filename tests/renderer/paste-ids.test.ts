/**
 * Which ids a paste keeps: the pure rule (shared/editor/with-block-ids.ts pastedWithFreeIds) and
 * the renderer's answer to "which ids exist in the other sections" (renderer/src/editor/paste-ids.ts).
 * Editor behaviour end to end is in editor-fixtures/cut-paste-* and paste-*.
 */
import { createEditor, type Descendant, type Editor } from 'slate';
import { withHistory } from 'slate-history';
import { pastedWithFreeIds } from '../../shared/editor/with-block-ids';
import { withReportEditing } from '../../shared/editor/with-report-editing';
import { collectIds } from '../../shared/ids/block-id';
import { indexNumbering } from '../../renderer/src/numbering/numbering-index';
import { idsOutsideSection } from '../../renderer/src/editor/paste-ids';
import type { TableElement } from '../../shared/tables/table-types';

const para = (id: string, text = ''): Descendant => ({ type: 'paragraph', id, children: [{ text }] });

const table = (): TableElement => ({
  type: 'table',
  id: 't1',
  caption: '学生人数',
  source: '',
  headerRows: 0,
  columns: [{ id: 'k1', width: 1 }],
  children: [
    { type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'c1', children: [{ text: '10' }] }] },
    { type: 'table-row', id: 'r2', children: [{ type: 'table-cell', id: 'c2', children: [{ text: '20' }] }] },
  ],
});

describe('pastedWithFreeIds', () => {
  test('keeps every id that is free, returning the very same nodes', () => {
    const fragment = [para('p1', '甲'), table()];
    const pasted = pastedWithFreeIds(fragment, new Set(['other']));
    expect(collectIds(pasted)).toEqual(collectIds(fragment));
    expect(pasted[0]).toBe(fragment[0]);
    expect(pasted[1]).toBe(fragment[1]);
  });

  test('renews only the blocks whose ids are taken; a table with a clash is renewed as a whole', () => {
    const taken = new Set(['p1', 'r2']);
    const [p1, t, p2] = pastedWithFreeIds([para('p1'), table(), para('p2')], taken);
    expect((p1 as { id: string }).id).not.toBe('p1');
    expect((p2 as { id: string }).id).toBe('p2');
    const ids = collectIds([t]);
    expect(ids.some((id) => ['t1', 'r1', 'r2', 'c1', 'c2'].includes(id))).toBe(false);
    expect(taken).toEqual(new Set(['p1', 'r2']));
  });

  test('ids repeated inside the fragment are unique afterwards, the first occurrence keeps its id', () => {
    const fragment: Descendant[] = [para('p1'), { type: 'case', id: 'k1', title: '', children: [para('p1'), para('k1')] } as Descendant, table(), table()];
    const pasted = pastedWithFreeIds(fragment, new Set());
    const ids = collectIds(pasted);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('p1');
    expect(ids[1]).toBe('k1');
    expect(collectIds([pasted[2]])).toEqual(collectIds([table()]));
  });
});

describe('idsOutsideSection', () => {
  const numbering = indexNumbering({
    scheme: 'chapter',
    headings: [
      { id: 'nA', nodeId: 'nA', level: 2, number: '（一）', title: 'A' },
      { id: 'hA', nodeId: 'nA', level: 3, number: '1.', title: 'A 内标题' },
      { id: 'nB', nodeId: 'nB', level: 2, number: '（二）', title: 'B' },
      { id: 'hB', nodeId: 'nB', level: 3, number: '1.', title: 'B 内标题' },
      { id: 'nC', nodeId: 'nC', level: 2, number: '（三）', title: 'C' },
    ],
    structures: [
      { id: 'tA', kind: 'table', number: '1-1', label: '表 1-1', nodeId: 'nA', caption: '', classicNumber: null },
      { id: 'tB', kind: 'table', number: '1-2', label: '表 1-2', nodeId: 'nB', caption: '', classicNumber: null },
      { id: 'tC', kind: 'table', number: '1-3', label: '表 1-3', nodeId: 'nC', caption: '', classicNumber: null },
    ],
    xrefs: [{ id: 'xC', nodeId: 'nC', target: 'tA' }],
    problems: [],
  });

  test('other sections through the numbering; this section left out, outline ids always in', () => {
    expect(idsOutsideSection('nA', numbering, new Map())).toEqual(new Set(['nA', 'nB', 'hB', 'nC', 'tB', 'tC', 'xC']));
  });

  test('a mounted section answers with its live content, which may be ahead of the numbering', () => {
    // B has just cut tB (the numbering still lists it) and holds a new paragraph.
    const b: Editor = withReportEditing(withHistory(createEditor()));
    b.children = [para('hB', 'B 内标题'), para('pNew')];
    const live = new Map<Editor, string>([[b, 'nB']]);
    expect(idsOutsideSection('nA', numbering, live)).toEqual(new Set(['nA', 'nB', 'hB', 'pNew', 'nC', 'tC', 'xC']));
  });
});
