/**
 * The table commands as the toolbar and the context menu offer them: label, availability for the
 * current table selection, and what they do. One list, so both always offer the same commands.
 */
import {
  canMergeSelection,
  canSplitSelection,
  clearSelectedFormulas,
  deleteCurrentTable,
  deleteTableColumns,
  deleteTableRows,
  detectSelectedTableFormulas,
  insertTableColumns,
  insertTableRows,
  markSelectedCell,
  mergeSelectedCells,
  setSelectedAlign,
  setTableColumnWidths,
  splitSelectedCell,
} from '../../../../shared/editor/table-commands';
import type { FormulaMark } from '../../../../shared/editor/table-formula-marks';
import { tableSelection, type TableSelection } from '../../../../shared/editor/table-location';
import type { MessageKey } from '../../../../shared/i18n';
import type { CellAlign } from '../../../../shared/tables/table-types';
import type { SectionEditorInstance } from '../section-editor-type';

export interface TableAction {
  readonly id: string;
  readonly label: MessageKey;
  readonly enabled: (sel: TableSelection) => boolean;
  /** False when the command could not apply here (the caller may say why). */
  readonly run: (editor: SectionEditorInstance) => boolean;
  readonly danger?: boolean;
}

const always = (): boolean => true;

export const ROW_COLUMN_ACTIONS: readonly TableAction[] = [
  { id: 'row-above', label: 'table.rowAbove', enabled: always, run: (e) => insertTableRows(e, 'before') },
  { id: 'row-below', label: 'table.rowBelow', enabled: always, run: (e) => insertTableRows(e, 'after') },
  { id: 'col-left', label: 'table.colLeft', enabled: always, run: (e) => insertTableColumns(e, 'before') },
  { id: 'col-right', label: 'table.colRight', enabled: always, run: (e) => insertTableColumns(e, 'after') },
  { id: 'delete-rows', label: 'table.deleteRows', enabled: always, run: deleteTableRows, danger: true },
  { id: 'delete-cols', label: 'table.deleteCols', enabled: always, run: deleteTableColumns, danger: true },
];

export const CELL_ACTIONS: readonly TableAction[] = [
  { id: 'merge', label: 'table.merge', enabled: canMergeSelection, run: (e) => mergeSelectedCells(e) },
  { id: 'split', label: 'table.split', enabled: canSplitSelection, run: splitSelectedCell },
];

const formulaAction = (mark: FormulaMark, label: MessageKey): TableAction => ({
  id: `mark-${mark}`,
  label,
  enabled: (sel) => !sel.multi && sel.focus.row >= sel.table.headerRows,
  run: (e) => markSelectedCell(e, mark),
});

export const FORMULA_ACTIONS: readonly TableAction[] = [
  formulaAction('subtotal', 'table.markSubtotal'),
  formulaAction('total', 'table.markTotal'),
  formulaAction('share', 'table.markShare'),
  formulaAction('growth', 'table.markGrowth'),
  formulaAction('change', 'table.markChange'),
  {
    id: 'clear-formula',
    label: 'table.clearFormula',
    enabled: (sel) => sel.table.children.some((row) => row.children.some((cell) => cell.formula !== undefined)),
    run: clearSelectedFormulas,
  },
  { id: 'detect-formulas', label: 'table.detectFormulas', enabled: always, run: detectSelectedTableFormulas },
];

export const TABLE_ACTIONS: readonly TableAction[] = [
  {
    id: 'distribute',
    label: 'table.distributeColumns',
    enabled: (sel) => sel.table.columns.length > 1,
    run: (e) => {
      const sel = tableSelection(e);
      return sel !== null && setTableColumnWidths(e, sel.tablePath, sel.table.columns.map(() => 1));
    },
  },
  { id: 'delete-table', label: 'table.deleteTable', enabled: always, run: deleteCurrentTable, danger: true },
];

export const ALIGNS: readonly { readonly align: CellAlign; readonly label: MessageKey }[] = [
  { align: 'left', label: 'table.alignLeft' },
  { align: 'center', label: 'table.alignCenter' },
  { align: 'right', label: 'table.alignRight' },
];

export function runAlign(editor: SectionEditorInstance, align: CellAlign): boolean {
  return setSelectedAlign(editor, align);
}
