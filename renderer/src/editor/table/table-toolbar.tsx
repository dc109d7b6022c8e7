/**
 * The ribbon's 表格 group: insert a table (size picker) and import one from Excel or CSV, always;
 * and, while the caret is in a table, its tools (rows and columns, merge and split, header rows,
 * alignment, number format, computed cells, delete). Like the other ribbon groups it lives in the
 * editor's Slate context and is drawn in the ribbon through a portal; it re-renders when the table
 * selection changes, not on every keystroke.
 */
import { ReactEditor, useSlateSelector, useSlateStatic } from 'slate-react';
import { Editor, Transforms } from 'slate';
import { canMergeSelection, canSplitSelection, insertNewTable, mergeSelectedCells, splitSelectedCell } from '../../../../shared/editor/table-commands';
import { tableSelection } from '../../../../shared/editor/table-location';
import { t } from '../../../../shared/i18n';
import { useReportUi } from '../../navigation/report-ui';
import { ToolButton } from '../formatting-toolbar';
import type { SectionEditorInstance } from '../section-editor-type';
import { ALIGNS, runAlign } from './table-actions';
import { TableIcon, type TableIconName } from './table-icons';
import { InsertTablePicker, type TableSize } from './insert-table-picker';
import { Dropdown } from './table-menu';
import { formatSections, formulaSections, headerRowSections, rowColumnSections } from './table-menu-sections';

/** Stays equal while typing in one cell: what the table tools show depends only on this. */
function toolbarKey(editor: SectionEditorInstance): string {
  const sel = tableSelection(editor);
  if (!sel) return '';
  const cell = sel.focus.cell;
  const align = cell.align ?? (sel.focus.row >= sel.table.headerRows ? sel.table.columns[sel.focus.col]?.align : undefined) ?? '';
  return [sel.table.id, canMergeSelection(sel) ? 1 : 0, canSplitSelection(sel) ? 1 : 0, sel.table.headerRows, align].join('|');
}

const ALIGN_ICONS: Readonly<Record<string, TableIconName>> = { left: 'align-left', center: 'align-center', right: 'align-right' };

function Labelled({ icon, text }: { readonly icon: TableIconName; readonly text: string }) {
  return (
    <>
      <TableIcon name={icon} />
      <span>{text}</span>
    </>
  );
}

export interface TableToolbarProps {
  readonly readOnly: boolean;
  readonly onImport: () => void;
}

export function TableToolbar({ readOnly, onImport }: TableToolbarProps) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const ui = useReportUi();
  const key = useSlateSelector((e) => toolbarKey(e as SectionEditorInstance));
  const [, canMerge, canSplit, headerRows, align] = key.split('|');
  const inTable = key !== '' && !readOnly;
  const notify = (text: string): void => ui.notify('info', text);
  const current = () => tableSelection(editor);

  const insert = (size: TableSize): void => {
    if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
    insertNewTable(editor, size.rows, size.cols, size.headerRows);
    ReactEditor.focus(editor);
  };

  return (
    <div className="toolbar toolbar-table" role="toolbar" aria-label={t('table.toolbar')} data-testid="table-toolbar">
      <div className="tool-group">
        <Dropdown
          label={<Labelled icon="table" text={t('table.insertShort')} />}
          title={t('table.insertHint')}
          testId="insert-table"
          disabled={readOnly}
          sections={() => []}
          render={(close) => (
            <InsertTablePicker
              onPick={(size) => {
                close();
                insert(size);
              }}
            />
          )}
        />
        <ToolButton title={t('table.importHint')} disabled={readOnly} className="tool-labelled" testId="import-table" onRun={onImport}>
          <Labelled icon="import" text={t('table.importShort')} />
        </ToolButton>
      </div>
      {inTable ? (
        <div className="tool-group tbl-tools" data-testid="table-tools">
          <Dropdown
            label={<TableIcon name="rows" />}
            title={t('table.rowsColsHint')}
            testId="table-rows-cols"
            sections={() => {
              const sel = current();
              return sel ? rowColumnSections(editor, sel, notify) : [];
            }}
          />
          <ToolButton title={t('table.mergeHint')} disabled={canMerge !== '1'} testId="table-merge" onRun={() => mergeSelectedCells(editor)}>
            <TableIcon name="merge" />
          </ToolButton>
          <ToolButton title={t('table.split')} disabled={canSplit !== '1'} testId="table-split" onRun={() => splitSelectedCell(editor)}>
            <TableIcon name="split" />
          </ToolButton>
          <Dropdown
            label={<Labelled icon="header" text={headerRows ?? '0'} />}
            title={t('table.headerRowsHint')}
            testId="table-header-rows"
            sections={() => {
              const sel = current();
              return sel ? headerRowSections(editor, sel) : [];
            }}
          />
          <Dropdown
            label={<TableIcon name={ALIGN_ICONS[align || 'center'] ?? 'align-center'} />}
            title={t('table.alignHint')}
            testId="table-align"
            sections={() => [
              {
                key: 'align',
                label: '',
                items: ALIGNS.map((entry) => ({
                  key: `align-${entry.align}`,
                  label: t(entry.label),
                  checked: (align || 'center') === entry.align,
                  onSelect: () => void runAlign(editor, entry.align),
                })),
              },
            ]}
          />
          <Dropdown label={<TableIcon name="number" />} title={t('table.formatHint')} testId="table-format" sections={() => formatSections(editor)} />
          <Dropdown
            label={<TableIcon name="sum" />}
            title={t('table.formulaHint')}
            testId="table-formula"
            sections={() => {
              const sel = current();
              return sel ? formulaSections(editor, sel, notify) : [];
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
