/**
 * Rows and cells of a table in the editor. A cell is an ordinary Slate text block drawn as <td>
 * (or <th> in header rows) with its spans; what depends on the whole table (header row, column
 * alignment, selected range) comes from the table's TableRenderState, one subscription per cell,
 * so typing in one cell re-renders that cell only.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { FormulaMark } from '../../../../shared/editor/table-formula-marks';
import { t, type MessageKey } from '../../../../shared/i18n';
import type { TableCellElement, TableRowElement } from '../../../../shared/tables/table-types';
import type { CellLook, TableRenderState } from './table-render-state';

export const TableRenderContext = createContext<TableRenderState | null>(null);

const MARK_LABEL: Readonly<Record<FormulaMark, MessageKey>> = {
  subtotal: 'table.mark.subtotal',
  total: 'table.mark.total',
  share: 'table.mark.share',
  growth: 'table.mark.growth',
  change: 'table.mark.change',
};

const noSubscription = (): (() => void) => () => {};
const PLAIN: CellLook = { header: false, align: null, selected: false, mark: null };

export function TableRowView({ attributes, children, element }: RenderElementProps & { readonly element: TableRowElement }) {
  return (
    <tr {...attributes} data-block-id={element.id}>
      {children}
    </tr>
  );
}

function cellTitle(element: TableCellElement, look: CellLook): string | undefined {
  if (element.formulaError !== undefined) return t('table.formulaError', { message: element.formulaError });
  if (element.formula !== undefined) return t('table.computedHint', { kind: t(MARK_LABEL[look.mark ?? 'subtotal']) });
  return undefined;
}

export function TableCellView({ attributes, children, element }: RenderElementProps & { readonly element: TableCellElement }) {
  const state = useContext(TableRenderContext);
  const look = useSyncExternalStore(state?.subscribe ?? noSubscription, () => state?.look(element.id) ?? PLAIN);
  const Tag = look.header ? 'th' : 'td';
  const classes = ['tbl-cell'];
  if (element.formula !== undefined && element.formulaError === undefined) classes.push('tbl-computed');
  if (element.formulaError !== undefined) classes.push('tbl-error');
  if (look.selected) classes.push('tbl-selected');
  return (
    <Tag
      {...attributes}
      rowSpan={element.rowSpan}
      colSpan={element.colSpan}
      className={classes.join(' ')}
      style={look.align ? { textAlign: look.align } : undefined}
      title={cellTitle(element, look)}
      data-cell-id={element.id}
    >
      {children}
    </Tag>
  );
}
