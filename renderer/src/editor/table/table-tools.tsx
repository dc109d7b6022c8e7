/**
 * Everything a section editor needs for tables besides the table views themselves: the ribbon's
 * 表格 group, pasting cells from spreadsheets, and importing a table from an .xlsx or .csv file.
 * Rendered inside the editor's <Slate>, after the other tool components (see use-table-paste.ts
 * for why the order matters); `ribbonSlot` is null when another editor owns the ribbon.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Editor, Transforms, type RangeRef } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertTableBlock, replaceTableContent } from '../../../../shared/editor/table-commands';
import { cellAbove } from '../../../../shared/editor/table-location';
import { gridToTable } from '../../../../shared/tables/cell-grid';
import type { PickedFile } from '../../../../shared/ipc/contract';
import { useApi } from '../../ipc/api-context';
import { errorMessage } from '../../ipc/error-message';
import { useReportUi } from '../../navigation/report-ui';
import type { SectionEditorInstance } from '../section-editor-type';
import { ImportTableDialog, type ImportChoice } from './import-table-dialog';
import { spreadsheetToGrid } from './spreadsheet-grid';
import { TableToolbar } from './table-toolbar';
import { useTablePaste } from './use-table-paste';
import { PasteProgressBar } from './paste-progress-bar';

interface PendingImport {
  /** The spreadsheet chosen in main's dialog. */
  readonly file: PickedFile;
  /** Where the caret was when 导入表格 was pressed (the dialogs take the focus meanwhile). */
  readonly at: RangeRef | null;
  readonly inTable: boolean;
}

export interface TableToolsProps {
  readonly readOnly: boolean;
  readonly ribbonSlot: HTMLElement | null;
}

export function TableTools({ readOnly, ribbonSlot }: TableToolsProps) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const api = useApi();
  const ui = useReportUi();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const pasteProgress = useTablePaste(editor, readOnly);

  const startImport = async (): Promise<void> => {
    const at = editor.selection ? Editor.rangeRef(editor, editor.selection) : null;
    const inTable = editor.selection !== null && cellAbove(editor, editor.selection.focus.path) !== undefined;
    try {
      const file = await api.dialog.pickSpreadsheetPath({});
      if (file === null) {
        at?.unref();
        return;
      }
      setPending({ file, at, inTable });
    } catch (error) {
      at?.unref();
      ui.notify('error', errorMessage(error));
    }
  };

  const close = (): void => {
    pending?.at?.unref();
    setPending(null);
  };

  const finish = (choice: ImportChoice): void => {
    const at = pending?.at?.unref() ?? null;
    setPending(null);
    Transforms.select(editor, at ?? Editor.end(editor, []));
    const grid = spreadsheetToGrid(choice.data, choice.headerRows);
    if (choice.mode === 'replace') replaceTableContent(editor, grid);
    else insertTableBlock(editor, gridToTable(grid));
    ReactEditor.focus(editor);
  };

  return (
    <>
      {ribbonSlot ? createPortal(<TableToolbar readOnly={readOnly} onImport={() => void startImport()} />, ribbonSlot) : null}
      {pasteProgress ? createPortal(<PasteProgressBar progress={pasteProgress} />, document.body) : null}
      {pending ? <ImportTableDialog file={pending.file} canReplace={pending.inTable} onConfirm={finish} onClose={close} /> : null}
    </>
  );
}
