/**
 * What each cell of one table needs to know about the table to draw itself: whether it is a header
 * cell, its effective alignment (its own, else its column's), whether it is in the selected range
 * of cells, and what kind of computed cell it is.
 *
 * Cells subscribe to their own entry only: after a keystroke the table recomputes this (one pass
 * over one table), and only the cells whose entry really changed re-render. Passing the same data
 * through React context would re-render every cell of the table on every keystroke.
 */
import { formulaMarkOf, type FormulaMark } from '../../../../shared/editor/table-formula-marks';
import { buildTableMap, cellRect } from '../../../../shared/tables/table-map';
import type { CellAlign, TableElement, TableRect } from '../../../../shared/tables/table-types';

export interface CellLook {
  readonly header: boolean;
  readonly align: CellAlign | null;
  readonly selected: boolean;
  readonly mark: FormulaMark | null;
}

const PLAIN: CellLook = { header: false, align: null, selected: false, mark: null };

function inside(inner: TableRect, outer: TableRect): boolean {
  return inner.top >= outer.top && inner.left >= outer.left && inner.bottom <= outer.bottom && inner.right <= outer.right;
}

function sameLook(a: CellLook | undefined, b: CellLook): boolean {
  return a !== undefined && a.header === b.header && a.align === b.align && a.selected === b.selected && a.mark === b.mark;
}

export class TableRenderState {
  private table: TableElement | null = null;
  private selection: TableRect | null = null;
  private looks = new Map<string, CellLook>();
  private readonly listeners = new Set<() => void>();
  private dirty = false;

  /** Called while the table renders (before its cells do); cheap when nothing changed. */
  update(table: TableElement, selection: TableRect | null): void {
    if (table === this.table && sameRect(selection, this.selection)) return;
    this.table = table;
    this.selection = selection;
    const map = buildTableMap(table);
    const next = new Map<string, CellLook>();
    let changed = false;
    for (const cell of map.cells) {
      const header = cell.row < table.headerRows;
      const align = cell.cell.align ?? (header ? null : (table.columns[cell.col]?.align ?? null));
      const look: CellLook = {
        header,
        align,
        selected: selection !== null && inside(cellRect(cell), selection),
        mark: cell.cell.formula ? formulaMarkOf(table, cell.cell.id) : null,
      };
      const previous = this.looks.get(cell.cell.id);
      // Keep the previous object when equal, so subscribers see no change.
      next.set(cell.cell.id, sameLook(previous, look) ? (previous as CellLook) : look);
      if (!sameLook(previous, look)) changed = true;
    }
    this.looks = next;
    this.dirty ||= changed;
  }

  /** After the table rendered: cells that did not re-render with it pick up their new look. */
  publish(): void {
    if (!this.dirty) return;
    this.dirty = false;
    for (const listener of [...this.listeners]) listener();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  look(cellId: string): CellLook {
    return this.looks.get(cellId) ?? PLAIN;
  }
}

function sameRect(a: TableRect | null, b: TableRect | null): boolean {
  if (a === null || b === null) return a === b;
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
