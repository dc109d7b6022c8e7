/**
 * The shapes are meant to be Slate values as they are: Slate's own normalization must find nothing
 * to change in a normal table (no element without children, no mixed block/inline children, no
 * mergeable text runs), or the editor would rewrite tables behind the model's back.
 */
import { createEditor, Editor, type Descendant } from 'slate';
import { attachGroupFormulas } from '../../shared/tables/group-detection';
import { mergeCells } from '../../shared/tables/merge-split';
import { fromPipeTable } from '../../shared/tables/pipe-table';
import { setCellText } from '../../shared/tables/cell-props';
import type { TableElement } from '../../shared/tables/table-types';
import { fixture } from './fixture-tables';
import { tableFromSpec } from './table-spec';

function slateNormalized(table: TableElement): { children: unknown; operations: number } {
  const editor = createEditor();
  editor.children = [structuredClone(table)] as unknown as Descendant[];
  Editor.normalize(editor, { force: true });
  return { children: editor.children[0], operations: editor.operations.length };
}

const boldMerged = mergeCells(
  setCellText(tableFromSpec([['A', 'B'], ['C', 'D']]), 'c0_0', [{ text: '合计', bold: true }]),
  { top: 0, left: 0, bottom: 1, right: 2 },
);

describe('Slate leaves normal tables alone', () => {
  test.each([
    ['表 1-1 imported from the fixture', fromPipeTable(fixture('1-1').rows, fixture('1-1').caption)],
    ['表 1-3 with formulas attached', attachGroupFormulas(fromPipeTable(fixture('1-3').rows, fixture('1-3').caption))],
    ['merged cells with bold and plain runs and a line break', boldMerged],
    ['a 2×2 block in a grid', tableFromSpec([['A', 'B', 'C'], ['D', 'E', '<'], ['F', '^', '^']])],
  ])('%s', (_name, table) => {
    const { children, operations } = slateNormalized(table);
    expect(operations).toBe(0);
    expect(children).toEqual(table);
  });

  test('the check itself can fail: a row without cells is something Slate rewrites', () => {
    const table = tableFromSpec([['A']]);
    const broken = { ...table, children: [...table.children, { type: 'table-row' as const, id: 'rx', children: [] }] };
    expect(slateNormalized(broken).operations).toBeGreaterThan(0);
  });
});
