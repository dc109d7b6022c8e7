/**
 * The menus built from the table actions for the current selection: the context menu (everything)
 * and the ribbon's drop-downs (one family each). A command that cannot apply where the caret is
 * (a 小计 with no rows above it) says so instead of silently doing nothing.
 */
import { setSelectedFormat, setTableHeaderRows, type FormatScope } from '../../../../shared/editor/table-commands';
import type { TableSelection } from '../../../../shared/editor/table-location';
import { t } from '../../../../shared/i18n';
import type { NumberFormat } from '../../../../shared/tables/number-format';
import type { SectionEditorInstance } from '../section-editor-type';
import { ALIGNS, CELL_ACTIONS, FORMULA_ACTIONS, ROW_COLUMN_ACTIONS, TABLE_ACTIONS, runAlign, type TableAction } from './table-actions';
import type { MenuItem, MenuSection } from './table-menu';
import { openChartDialog } from '../chart/chart-dialog-store';

export type Notify = (text: string) => void;

function actionItems(editor: SectionEditorInstance, sel: TableSelection, actions: readonly TableAction[], notify: Notify): MenuItem[] {
  return actions.map((action) => ({
    key: action.id,
    label: t(action.label),
    disabled: !action.enabled(sel),
    danger: action.danger,
    onSelect: () => {
      if (!action.run(editor) && action.id.startsWith('mark-')) notify(t('table.markRefused', { kind: t(action.label) }));
    },
  }));
}

const NUMBER_FORMATS: readonly { readonly key: string; readonly label: string; readonly format: NumberFormat | undefined }[] = [
  { key: 'general', label: '常规（按输入显示）', format: undefined },
  { key: 'integer', label: '整数　1234', format: { kind: 'integer' } },
  { key: 'thousands', label: '千位分隔　1,234', format: { kind: 'thousands', decimals: 0 } },
  { key: 'fixed1', label: '一位小数　12.3', format: { kind: 'fixed', decimals: 1 } },
  { key: 'fixed2', label: '两位小数　12.34', format: { kind: 'fixed', decimals: 2 } },
  { key: 'percent1', label: '百分比　12.3%', format: { kind: 'percent', decimals: 1 } },
  { key: 'percent2', label: '百分比　12.34%', format: { kind: 'percent', decimals: 2 } },
];

function formatItems(editor: SectionEditorInstance, scope: FormatScope): MenuItem[] {
  return NUMBER_FORMATS.map((entry) => ({
    key: `format-${scope}-${entry.key}`,
    label: entry.label,
    onSelect: () => {
      setSelectedFormat(editor, entry.format, scope);
    },
  }));
}

export function formatSections(editor: SectionEditorInstance): MenuSection[] {
  return [
    { key: 'columns', label: t('table.formatColumns'), items: formatItems(editor, 'columns') },
    { key: 'cells', label: t('table.formatCells'), items: formatItems(editor, 'cells') },
  ];
}

export function headerRowSections(editor: SectionEditorInstance, sel: TableSelection): MenuSection[] {
  const max = Math.min(4, sel.map.height - 1);
  return [
    {
      key: 'header',
      label: t('table.headerRowsHint'),
      items: Array.from({ length: max + 1 }, (_, n) => ({
        key: `header-${n}`,
        label: n === 0 ? t('table.noHeader') : t('table.headerRowsN', { n }),
        checked: sel.table.headerRows === n,
        onSelect: () => {
          setTableHeaderRows(editor, n);
        },
      })),
    },
  ];
}

/** 插入图表: a chart drawn from this table, through the chart dialog (../chart/chart-dialog.tsx). */
function chartSection(sel: TableSelection): MenuSection {
  return { key: 'chart', label: '', items: [{ key: 'insert-chart', label: '插入图表…', onSelect: () => openChartDialog({ tableId: sel.table.id, figureId: null }) }] };
}

/** Rows and columns, and the table as a whole (distribute columns, delete the table). */
export function rowColumnSections(editor: SectionEditorInstance, sel: TableSelection, notify: Notify): MenuSection[] {
  return [
    { key: 'rows', label: '', items: actionItems(editor, sel, ROW_COLUMN_ACTIONS, notify) },
    { key: 'table', label: '', items: actionItems(editor, sel, TABLE_ACTIONS, notify) },
    chartSection(sel),
  ];
}

export function formulaSections(editor: SectionEditorInstance, sel: TableSelection, notify: Notify): MenuSection[] {
  const marks = FORMULA_ACTIONS.filter((a) => a.id.startsWith('mark-'));
  const others = FORMULA_ACTIONS.filter((a) => !a.id.startsWith('mark-'));
  return [
    { key: 'marks', label: t('table.formulaHint'), items: actionItems(editor, sel, marks, notify) },
    { key: 'others', label: '', items: actionItems(editor, sel, others, notify) },
  ];
}

/** Everything, for the right-click menu. */
export function contextSections(editor: SectionEditorInstance, sel: TableSelection, notify: Notify): MenuSection[] {
  return [
    { key: 'rows', label: '', items: actionItems(editor, sel, ROW_COLUMN_ACTIONS, notify) },
    {
      key: 'cells',
      label: '',
      items: [
        ...actionItems(editor, sel, CELL_ACTIONS, notify),
        ...ALIGNS.map((a) => ({ key: `align-${a.align}`, label: t(a.label), onSelect: () => void runAlign(editor, a.align) })),
      ],
    },
    ...formulaSections(editor, sel, notify),
    { key: 'table', label: '', items: actionItems(editor, sel, TABLE_ACTIONS, notify) },
    chartSection(sel),
  ];
}
