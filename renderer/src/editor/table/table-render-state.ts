/**
 * What each cell of one table needs to know about the table to draw itself: whether it is a header
 * cell, its effective alignment (its own, else its column's), whether it is in the selected range
 * of cells, and what kind of computed cell it is.
 *
 * Cells subscribe to their own entry only: after a keystroke each drawn cell's entry is looked at
 * again, and only the cells whose entry really changed re-render. Passing the same data through
 * React context would re-render every cell of the table on every keystroke.
 */
import { formulaMarkOf, type FormulaMark } from '../../../../shared/editor/table-formula-marks';
import { buildTableMap, cellRect, findCell, type TableMap } from '../../../../shared/tables/table-map';
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
  private map: TableMap | null = null;
  /** Looks handed out for the current table and selection (computed on demand). */
  private looks = new Map<string, CellLook>();
  /** Looks handed out before the last change: an equal look is handed out as the same object. */
  private previous = new Map<string, CellLook>();
  private readonly listeners = new Set<() => void>();
  private dirty = false;

  /**
   * Called while the table renders (before its cells do); cheap when nothing changed. Looks are
   * computed when a drawn cell asks for its own (a long table draws a few dozen rows of its
   * thousands), so a keystroke costs what the drawn cells cost.
   */
  update(table: TableElement, selection: TableRect | null): void {
    if (table === this.table && sameRect(selection, this.selection)) return;
    this.table = table;
    this.selection = selection;
    this.map = null;
    if (this.looks.size > 0) {
      this.previous = this.looks;
      this.looks = new Map();
    }
    this.dirty = true;
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
    const known = this.looks.get(cellId);
    if (known !== undefined) return known;
    const table = this.table;
    if (table === null) return PLAIN;
    this.map ??= buildTableMap(table);
    const cell = findCell(this.map, cellId);
    if (cell === undefined) return PLAIN;
    const header = cell.row < table.headerRows;
    const align = cell.cell.align ?? (header ? null : (table.columns[cell.col]?.align ?? null));
    const fresh: CellLook = {
      header,
      align,
      selected: this.selection !== null && inside(cellRect(cell), this.selection),
      mark: cell.cell.formula ? formulaMarkOf(table, cell.cell.id) : null,
    };
    // Keep the previous object when equal, so subscribers see no change.
    const before = this.previous.get(cellId);
    const look = sameLook(before, fresh) ? (before as CellLook) : fresh;
    this.looks.set(cellId, look);
    return look;
  }
}

function sameRect(a: TableRect | null, b: TableRect | null): boolean {
  if (a === null || b === null) return a === b;
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}
