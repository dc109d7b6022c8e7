/**
 * Property test: long random sequences of every operation, on tables with spans, header rows and
 * formulas, must keep the table normal (rectangular grid, unique ids, columns in step) and must not
 * lose or invent text where the operation promises not to. Seeded, so a failure names the seed and
 * step to replay.
 */
import { cellRef, rangeRef, type CellFormula } from '../../shared/tables/formula-types';
import { gridFromStrings, type CellGrid } from '../../shared/tables/cell-grid';
import { setAlign, setCellText, setColumnWidth, setFormat, setFormula, setHeaderRows } from '../../shared/tables/cell-props';
import { recalculate } from '../../shared/tables/formulas';
import { mergeCells, splitCell } from '../../shared/tables/merge-split';
import { normalizeTable } from '../../shared/tables/normalize-table';
import { pasteIntoTable } from '../../shared/tables/paste-into-table';
import { deleteColumns, deleteRows, insertColumns, insertRows } from '../../shared/tables/row-column-ops';
import { buildTableMap, expandRectToCells } from '../../shared/tables/table-map';
import { cellText, type TableElement } from '../../shared/tables/table-types';
import { checkTable } from '../../shared/tables/table-checks';
import { elementIds, expectNormal, tableFromSpec } from './table-spec';

/** mulberry32: a tiny, good-enough seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Step {
  name: string;
  apply: (t: TableElement) => TableElement;
  /** Which texts the operation must keep: all of them, all as lines of merged cells, or no promise. */
  keeps: 'texts' | 'lines' | 'none';
}

function texts(table: TableElement): string[] {
  return table.children.flatMap((row) => row.children.map(cellText)).filter((t) => t !== '').sort();
}

function lines(table: TableElement): string[] {
  return texts(table).flatMap((t) => t.split('\n')).sort();
}

function randomStep(random: () => number, table: TableElement, counter: { n: number }): Step {
  const pick = (n: number): number => Math.floor(random() * n);
  const map = buildTableMap(table);
  const row = pick(map.height);
  const col = pick(map.width);
  const side = random() < 0.5 ? 'before' : 'after';
  const rowId = (): string => table.children[pick(map.height)]?.id ?? 'gone';
  const colId = (): string => table.columns[pick(map.width)]?.id ?? 'gone';
  const anyCell = (): string => map.cells[pick(map.cells.length)]?.cell.id ?? 'none';
  // Inserts, pastes and repairs widen the table; past a realistic size, lean towards deleting.
  const kind = map.width > 10 && random() < 0.3 ? 3 : map.height > 14 && random() < 0.3 ? 1 : pick(14);
  switch (kind) {
    case 0:
      return { name: `insertRows(${row}, ${side})`, apply: (t) => insertRows(t, row, side, 1 + pick(2)), keeps: 'texts' };
    case 1:
      return { name: `deleteRows(${row})`, apply: (t) => deleteRows(t, row, Math.min(map.height - 1, row + pick(2))), keeps: 'none' };
    case 2:
      return { name: `insertColumns(${col}, ${side})`, apply: (t) => insertColumns(t, col, side, 1 + pick(2)), keeps: 'texts' };
    case 3:
      return { name: `deleteColumns(${col})`, apply: (t) => deleteColumns(t, col, Math.min(map.width - 1, col + pick(2))), keeps: 'none' };
    case 4:
    case 5: {
      const rect = expandRectToCells(map, { top: row, left: col, bottom: row + 1 + pick(3), right: col + 1 + pick(3) });
      return { name: `mergeCells(${JSON.stringify(rect)})`, apply: (t) => mergeCells(t, rect), keeps: 'lines' };
    }
    case 6: {
      const id = anyCell();
      return { name: `splitCell(${id})`, apply: (t) => splitCell(t, id), keeps: 'texts' };
    }
    case 7: {
      const n = pick(map.height + 1);
      return { name: `setHeaderRows(${n})`, apply: (t) => setHeaderRows(t, n), keeps: 'texts' };
    }
    case 8: {
      const size = { rows: 1 + pick(3), cols: 1 + pick(3) };
      const words = Array.from({ length: size.rows }, () => Array.from({ length: size.cols }, () => `p${(counter.n += 1)}`));
      const grid: CellGrid = gridFromStrings(words);
      if (random() < 0.5 && size.rows > 1) {
        // A pasted rowSpan: the second row's first cell is covered.
        grid.rows[0]![0]!.rowSpan = 2;
        grid.rows[1]!.shift();
      }
      const at = { row: pick(map.height + 1), col: pick(map.width + 1) };
      return { name: `paste(${JSON.stringify(words)} at ${JSON.stringify(at)})`, apply: (t) => pasteIntoTable(t, grid, at), keeps: 'none' };
    }
    case 9: {
      const id = anyCell();
      const value = String(pick(1000));
      return { name: `setCellText(${id}, ${value})`, apply: (t) => setCellText(t, id, value), keeps: 'none' };
    }
    case 10: {
      const id = anyCell();
      const kinds: CellFormula[] = [
        { kind: 'sum', range: rangeRef({ from: rowId(), to: rowId() }, { from: colId(), to: colId() }) },
        { kind: 'share', value: colId(), total: cellRef(rowId(), colId()) },
        { kind: 'share', value: colId(), total: rangeRef({ from: rowId(), to: rowId() }, { from: colId(), to: colId() }) },
        { kind: 'yoy', prev: colId(), curr: colId(), mode: random() < 0.5 ? 'growth' : 'change' },
      ];
      const formula = kinds[pick(kinds.length)] as CellFormula;
      return { name: `setFormula(${id}, ${JSON.stringify(formula)})`, apply: (t) => recalculate(setFormula(t, id, formula)), keeps: 'none' };
    }
    case 11:
      return { name: 'recalculate', apply: recalculate, keeps: 'none' };
    case 12: {
      const id = anyCell();
      return {
        name: `style(${id})`,
        apply: (t) => setColumnWidth(setFormat(setAlign(t, [id], 'center'), [id], { kind: 'fixed', decimals: 1 }), col, 1 + pick(4)),
        keeps: 'texts',
      };
    }
    default: {
      // A damaged copy (a cell lost, a span inflated), as a bad file or a foreign paste would bring.
      const r = row;
      return {
        name: `normalize(damaged row ${r})`,
        apply: (t) =>
          normalizeTable({
            ...t,
            children: t.children.map((rowElement, i) =>
              i === r ? { ...rowElement, children: rowElement.children.slice(1).map((c, j) => (j === 0 ? { ...c, colSpan: 3, rowSpan: 4 } : c)) } : rowElement,
            ),
          }),
        keeps: 'none',
      };
    }
  }
}

const START = tableFromSpec(
  [
    ['院系', '专业', '人数', '占比'],
    ['机械', '数控', '236', '7.07%'],
    ['^', '机电', '374', '11.21%'],
    ['^', '小计', '610', '18.28%'],
    ['合计', '<', '610', '100.00%'],
  ],
  { headerRows: 1 },
);

describe.each([1, 2, 3])('random operation sequences (seed %i)', (seed) => {
  test('500 steps keep the table normal and ids unique', () => {
    const random = prng(seed);
    const counter = { n: 0 };
    let table = START;
    for (let step = 0; step < 500; step++) {
      const op = randomStep(random, table, counter);
      const before = table;
      const after = op.apply(before);
      try {
        expectNormal(after);
        expect(normalizeTable(after)).toBe(after);
        expect(new Set(elementIds(after)).size).toBe(elementIds(after).length);
        if (op.keeps === 'texts') expect(texts(after)).toEqual(texts(before));
        if (op.keeps === 'lines') expect(lines(after)).toEqual(lines(before));
        if (step % 50 === 0) {
          // Recalculation is idempotent and checks never throw, whatever formulas the steps left.
          const settled = recalculate(after);
          expect(recalculate(settled)).toBe(settled);
          expect(Array.isArray(checkTable(settled))).toBe(true);
        }
      } catch (error) {
        throw new Error(`seed ${seed}, step ${step}, ${op.name}: ${(error as Error).message}`);
      }
      table = after;
    }
  });
});
