/**
 * Tables edited in place: cells are ordinary text blocks of the editor, and this plugin keeps
 * every edit inside the table model of ../tables/ (see table-types.ts for the shapes):
 * - Enter (and Shift+Enter) in a cell inserts a line break "\\n" instead of splitting the cell;
 *   Enter at the very start of a table that opens its section adds a paragraph before it.
 * - Backspace at a cell's start and Delete at its end do nothing: cells never merge, and the table
 *   structure is never deleted by typing. Deleting a selection that spans cells clears those cells;
 *   one that spans a table's edge clears the covered cells and deletes the text outside.
 * - Pasting into a cell: a copied table (or block of cells) is written into the grid from the
 *   caret's cell on; other content arrives as plain text.
 * - Cells hold plain text (main's validator refuses marks there), so marks are not applied in a
 *   table and stray ones are removed.
 * - Typing into a computed cell (小计, 合计, 占比…) makes it a plain cell, like setCellText; after
 *   every change inside a table with formulas, that one table is recalculated, in the same undo
 *   step as the edit.
 *
 * Normalization looks only at the node it is given (a table, row or cell) and its parent, so
 * typing in one table never walks the document.
 */
import { Editor, Element, Node, Path, Point, Range, Text, Transforms, type Descendant, type Operation } from 'slate';
import { newBlockId } from '../ids/block-id';
import { paragraph } from '../model/document';
import type { CellGrid, GridCell } from '../tables/cell-grid';
import { recalculate } from '../tables/formulas';
import { isNormalTable, normalizeTable } from '../tables/normalize-table';
import { buildTableMap, cellsInRect } from '../tables/table-map';
import { cellText, type TableCellElement, type TableElement } from '../tables/table-types';
import { isCase } from './element-kinds';
import { pasteCellGrid } from './table-commands';
import { cellAbove, isTable, isTableCell, isTableRow, tableAbove, tableSelection } from './table-location';
import { writeTable } from './table-replace';
import { isReplayingHistory } from './with-block-ids';
import './custom-types';

const FORMULA_KEYS = ['formula', 'computed', 'formulaError'] as const;
const MARK_KEYS = ['bold', 'italic', 'underline'] as const;

/** Editors currently writing recalculated results: those text edits must not un-compute cells. */
const recalculating = new WeakSet<Editor>();

function hasFormulaFlags(cell: TableCellElement): boolean {
  return cell.formula !== undefined || cell.computed !== undefined || cell.formulaError !== undefined;
}

/** Anything a pure table function would repair (normalizeTable); checked cheaply from the map. */
function needsRepair(table: TableElement): boolean {
  if (typeof table.caption !== 'string' || typeof table.source !== 'string') return true;
  for (const row of table.children) {
    if (row.type !== 'table-row') return true;
    for (const cell of row.children) if (cell.type !== 'table-cell' || cell.rowSpan === 1 || cell.colSpan === 1) return true;
  }
  const map = buildTableMap(table);
  if (map.problems.length > 0 || map.width === 0) return true;
  if (!Array.isArray(table.columns) || table.columns.length !== map.width) return true;
  if (!table.columns.every((c) => typeof c.id === 'string' && c.id !== '' && typeof c.width === 'number' && c.width > 0)) return true;
  if (new Set(table.columns.map((c) => c.id)).size !== table.columns.length) return true;
  return !Number.isInteger(table.headerRows) || table.headerRows < 0 || table.headerRows > map.height;
}

/**
 * A table no rule would change below its own level: in normal form (rows of cells, ids present
 * and unique, cell texts as Slate would merge them: normalizeTable's contract) and without marks
 * in its cells (the one rule of this plugin that looks at texts). The schema plugin has no rule
 * for rows and cells, and Slate's own (an element has children, blocks hold blocks or texts only,
 * equal neighbouring texts merge) holds for any normal table.
 */
export function isSettledTable(table: TableElement): boolean {
  if (!isNormalTable(table)) return false;
  for (const row of table.children) {
    for (const cell of row.children) {
      for (const text of cell.children as readonly Descendant[]) {
        if (!Text.isText(text) || MARK_KEYS.some((key) => key in text)) return false;
      }
    }
  }
  return true;
}

/** Brings computed cells up to date with the minimum of edits; true when something was written. */
function writeRecalculation(editor: Editor, path: Path, table: TableElement): boolean {
  if (!table.children.some((row) => row.children.some(hasFormulaFlags))) return false;
  const next = recalculate(table);
  if (next === table) return false;
  let changed = false;
  recalculating.add(editor);
  try {
    Editor.withoutNormalizing(editor, () => {
      next.children.forEach((row, r) => {
        row.children.forEach((cell, c) => {
          const before = table.children[r]?.children[c];
          if (!before || before.id !== cell.id || before === cell) return;
          const cellPath = [...path, r, c];
          if (before.computed !== cell.computed || before.formulaError !== cell.formulaError) {
            Transforms.unsetNodes(editor, ['computed', 'formulaError'], { at: cellPath });
            const flags: Partial<TableCellElement> = cell.formulaError !== undefined ? { formulaError: cell.formulaError } : cell.computed ? { computed: true } : {};
            if (Object.keys(flags).length > 0) Transforms.setNodes(editor, flags, { at: cellPath });
            changed = true;
          }
          const text = cellText(cell);
          if (text !== cellText(before)) {
            Transforms.delete(editor, { at: Editor.range(editor, cellPath) });
            if (text !== '') Transforms.insertText(editor, text, { at: Editor.start(editor, cellPath) });
            changed = true;
          }
        });
      });
    });
  } finally {
    recalculating.delete(editor);
  }
  return changed;
}

function normalizeTableElement(editor: Editor, table: TableElement, path: Path): boolean {
  const parent = Node.parent(editor, path);
  if (!Editor.isEditor(parent) && !isCase(parent)) {
    // A table pasted into a list item, a cell…: its rows and cells unwrap down to plain text.
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  if (needsRepair(table)) {
    writeTable(editor, path, table, normalizeTable(table));
    return true;
  }
  return writeRecalculation(editor, path, table);
}

function normalizeCellElement(editor: Editor, cell: TableCellElement, path: Path): boolean {
  if (!isTableRow(Node.parent(editor, path))) {
    Transforms.unsetNodes(editor, ['rowSpan', 'colSpan', 'format', ...FORMULA_KEYS], { at: path });
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
    return true;
  }
  for (let i = 0; i < cell.children.length; i++) {
    const child = cell.children[i] as Descendant;
    if (Text.isText(child) && MARK_KEYS.some((key) => key in child)) {
      Transforms.unsetNodes(editor, [...MARK_KEYS], { at: [...path, i] });
      return true;
    }
  }
  return false;
}

function normalizeTablePart(editor: Editor, node: Element, path: Path): boolean {
  if (node.type === 'table') return normalizeTableElement(editor, node, path);
  if (node.type === 'table-cell') return normalizeCellElement(editor, node, path);
  if (path.length === 0) return false;
  const parent = Node.parent(editor, path);
  if (node.type === 'table-row') {
    if (isTable(parent)) return false;
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  // Children are normalized before their parents, so an element inside a cell (a pasted
  // paragraph) is flattened here, before the schema would lift it out of the cell into the row.
  if (isTableCell(parent)) {
    Transforms.unwrapNodes(editor, { at: path });
    return true;
  }
  // Something that is not a row in a table, or not a cell in a row: box it as one, so the table
  // normalization can place it in the grid instead of Slate dropping it (or the schema lifting it
  // out, which would split the table in two).
  if (isTable(parent)) {
    Transforms.wrapNodes(editor, { type: 'table-row', id: newBlockId(), children: [] }, { at: path });
    return true;
  }
  if (isTableRow(parent)) {
    Transforms.wrapNodes(editor, { type: 'table-cell', id: newBlockId(), children: [] }, { at: path });
    return true;
  }
  return false;
}

/** Caret at a cell's first or last position (where Backspace / Delete would merge cells). */
function atCellEdge(editor: Editor, edge: 'start' | 'end'): boolean {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return false;
  const cell = cellAbove(editor, selection.anchor.path);
  if (!cell) return false;
  return edge === 'start' ? Editor.isStart(editor, selection.anchor, cell[1]) : Editor.isEnd(editor, selection.anchor, cell[1]);
}

/** Removes the text between two points of one cell (or the whole cell), releasing formulas. */
function clearCellText(editor: Editor, cellPath: Path, from?: Point, to?: Point): void {
  const range = { anchor: from ?? Editor.start(editor, cellPath), focus: to ?? Editor.end(editor, cellPath) };
  if (!Range.isCollapsed(range)) Transforms.delete(editor, { at: range });
  const cell = Node.get(editor, cellPath) as TableCellElement;
  if (hasFormulaFlags(cell)) Transforms.unsetNodes(editor, [...FORMULA_KEYS], { at: cellPath });
}

/** Clears the cells of the table at `tablePath` from `point` on (tail) or up to `point` (head). */
function clearPartOfTable(editor: Editor, tablePath: Path, point: Point, part: 'tail' | 'head'): void {
  const table = Node.get(editor, tablePath) as TableElement;
  const cell = cellAbove(editor, point.path);
  if (!cell) return;
  const cells = buildTableMap(table).cells;
  const index = cells.findIndex((c) => c.cell.id === cell[0].id);
  // Later cells first, so earlier paths stay valid (clearing never removes nodes anyway).
  for (let i = cells.length - 1; i >= 0; i--) {
    const mapped = cells[i];
    if (!mapped || (part === 'tail' ? i < index : i > index)) continue;
    const cellPath = [...tablePath, mapped.row, mapped.childIndex];
    if (i === index) clearCellText(editor, cellPath, part === 'tail' ? point : undefined, part === 'head' ? point : undefined);
    else clearCellText(editor, cellPath);
  }
}

/**
 * Deletes a selection that does not lie in one cell but touches a table; false when the default
 * deletion is right (no table end point, or both ends in one cell).
 */
function deleteAcrossCells(editor: Editor, selection: Range): boolean {
  const [start, end] = Range.edges(selection);
  const startCell = cellAbove(editor, start.path);
  const endCell = cellAbove(editor, end.path);
  if (!startCell && !endCell) return false;
  if (startCell && endCell && Path.equals(startCell[1], endCell[1])) return false;
  const startTable = startCell ? tableAbove(editor, startCell[1]) : undefined;
  const endTable = endCell ? tableAbove(editor, endCell[1]) : undefined;
  Editor.withoutNormalizing(editor, () => {
    if (startTable && endTable && Path.equals(startTable[1], endTable[1])) {
      // A rectangle of cells: clear them all (Word's Delete on selected cells).
      const sel = tableSelection(editor, selection);
      if (!sel) return;
      const cells = cellsInRect(sel.map, sel.rect);
      for (const cell of [...cells].reverse()) clearCellText(editor, [...sel.tablePath, cell.row, cell.childIndex]);
      const first = cells[0];
      if (first) Transforms.select(editor, Editor.start(editor, [...sel.tablePath, first.row, first.childIndex]));
      return;
    }
    // Across a table's edge: later parts first, so the paths of earlier ones stay valid.
    if (endTable) clearPartOfTable(editor, endTable[1], end, 'head');
    const middleStart = startTable ? Editor.after(editor, Editor.end(editor, startTable[1])) : start;
    const middleEnd = endTable ? Editor.before(editor, Editor.start(editor, endTable[1])) : end;
    if (middleStart && middleEnd && Point.isBefore(middleStart, middleEnd)) Transforms.delete(editor, { at: { anchor: middleStart, focus: middleEnd } });
    if (startTable) clearPartOfTable(editor, startTable[1], start, 'tail');
    Transforms.select(editor, start);
  });
  return true;
}

function tableInFragment(nodes: readonly Node[]): TableElement | undefined {
  for (const node of nodes) {
    if (isTable(node)) return node;
    if (Element.isElement(node)) {
      const inner = tableInFragment(node.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** A table (whole, or the partial one a copy of some cells gives) as a grid of cells. */
function tableToGrid(table: TableElement): CellGrid {
  return {
    rows: table.children.map((row) =>
      row.children.map((cell): GridCell => ({
        content: cell.children,
        ...(cell.rowSpan !== undefined ? { rowSpan: cell.rowSpan } : {}),
        ...(cell.colSpan !== undefined ? { colSpan: cell.colSpan } : {}),
        ...(cell.align !== undefined ? { align: cell.align } : {}),
      })),
    ),
    headerRows: 0,
    columnWidths: [],
    caption: '',
  };
}

/** The selected rectangle of cells as a table of its own (what copying several cells copies). */
function selectedCellsAsTable(editor: Editor): TableElement | null {
  const sel = tableSelection(editor);
  if (!sel || !sel.multi) return null;
  const { rect, map, table } = sel;
  const rows = Array.from({ length: rect.bottom - rect.top }, (_, r) => ({ ...(table.children[rect.top + r] as TableElement['children'][number]), children: [] as TableCellElement[] }));
  for (const cell of cellsInRect(map, rect)) rows[cell.row - rect.top]?.children.push(cell.cell);
  return normalizeTable({
    ...table,
    headerRows: Math.max(0, Math.min(rect.bottom, table.headerRows) - rect.top),
    columns: table.columns.slice(rect.left, rect.right),
    children: rows.filter((row) => row.children.length > 0),
  });
}

/** Plain text of pasted blocks, one line per block (list items included). */
function fragmentText(nodes: readonly Node[]): string {
  const lines: string[] = [];
  const visit = (node: Node): void => {
    // Elements holding elements other than inline references hold blocks: one line per block.
    if (Element.isElement(node) && node.children.some((child) => Element.isElement(child) && child.type !== 'xref')) {
      for (const child of node.children) visit(child);
    } else lines.push(Node.string(node));
  };
  for (const node of nodes) visit(node);
  return lines.join('\n');
}

export function withTables<E extends Editor>(editor: E): E {
  const { apply, normalizeNode, getDirtyPaths, insertBreak, insertSoftBreak, deleteBackward, deleteForward, deleteFragment, insertFragment, insertText, addMark, getFragment } =
    editor;

  editor.apply = (op: Operation) => {
    apply(op);
    if ((op.type !== 'insert_text' && op.type !== 'remove_text') || recalculating.has(editor) || isReplayingHistory(editor)) return;
    const cell = cellAbove(editor, op.path);
    if (cell && hasFormulaFlags(cell[0])) Transforms.unsetNodes(editor, [...FORMULA_KEYS], { at: cell[1] });
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (Element.isElement(node) && normalizeTablePart(editor, node, path)) return;
    normalizeNode(entry, options);
  };

  editor.getDirtyPaths = (op) => {
    // A table inserted in normal form (a paste, an import, a table loaded with its section): its
    // rows, cells and texts would each be normalized and none would change (see isSettledTable);
    // 50 000 nodes of a 2 000 × 12 table cost half a second. The table itself still is.
    if (op.type === 'insert_node' && isTable(op.node) && isSettledTable(op.node)) return Path.levels(op.path);
    return getDirtyPaths(op);
  };

  /** Enter in a table: a line break in the cell. False when the selection is not in a table. */
  const breakInCell = (fallback: () => void): boolean => {
    if (!editor.selection) return false;
    if (!cellAbove(editor, editor.selection.focus.path) && !cellAbove(editor, editor.selection.anchor.path)) return false;
    if (Range.isExpanded(editor.selection)) editor.deleteFragment();
    const selection = editor.selection;
    const cell = selection ? cellAbove(editor, selection.anchor.path) : undefined;
    if (!selection || !cell) {
      // The deletion left the caret outside the table (the selection started in a paragraph).
      fallback();
      return true;
    }
    const table = tableAbove(editor, cell[1]);
    if (table && !Path.hasPrevious(table[1]) && Editor.isStart(editor, selection.anchor, table[1])) {
      // The only way to get a paragraph above a table that opens the section.
      Transforms.insertNodes(editor, paragraph(newBlockId(), ''), { at: table[1], select: true });
      return true;
    }
    editor.insertText('\n');
    return true;
  };

  editor.insertBreak = () => {
    if (!breakInCell(insertBreak)) insertBreak();
  };

  editor.insertSoftBreak = () => {
    if (!breakInCell(insertSoftBreak)) insertSoftBreak();
  };

  editor.deleteBackward = (unit) => {
    if (atCellEdge(editor, 'start')) return;
    deleteBackward(unit);
  };

  editor.deleteForward = (unit) => {
    if (atCellEdge(editor, 'end')) return;
    deleteForward(unit);
  };

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (selection && Range.isExpanded(selection) && deleteAcrossCells(editor, selection)) return;
    deleteFragment(options);
  };

  editor.insertText = (text, options) => {
    const { selection } = editor;
    if (options?.at === undefined && selection && Range.isExpanded(selection) && spansCells(editor, selection)) editor.deleteFragment();
    insertText(text, options);
  };

  editor.insertFragment = (fragment, options) => {
    const { selection } = editor;
    const cell = selection && options?.at === undefined ? cellAbove(editor, selection.focus.path) : undefined;
    if (!cell) {
      insertFragment(fragment, options);
      return;
    }
    const table = tableInFragment(fragment);
    if (table) {
      pasteCellGrid(editor, tableToGrid(table));
      return;
    }
    const text = fragmentText(fragment);
    if (text !== '') editor.insertText(text);
  };

  editor.getFragment = () => {
    const selected = selectedCellsAsTable(editor);
    return selected ? [selected] : getFragment();
  };

  editor.addMark = (key, value) => {
    const { selection } = editor;
    if (selection && (cellAbove(editor, selection.anchor.path) || cellAbove(editor, selection.focus.path))) return;
    addMark(key, value);
  };

  return editor;
}

/** The selection touches a table cell but does not lie inside one cell: cell-aware deletion needed. */
function spansCells(editor: Editor, selection: Range): boolean {
  const anchor = cellAbove(editor, selection.anchor.path);
  const focus = cellAbove(editor, selection.focus.path);
  if (!anchor && !focus) return false;
  return !(anchor && focus && Path.equals(anchor[1], focus[1]));
}
