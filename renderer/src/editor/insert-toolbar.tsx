/**
 * The ribbon's 插入 group: case box, figure from a file, cross-reference. Like the formatting
 * group it lives in the editor's Slate context and is drawn in the ribbon through a portal.
 */
import { useState } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertCase } from '../../../shared/editor/with-cases';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { useReportUi } from '../navigation/report-ui';
import { Icon } from '../ui/icons';
import { insertImportedImage } from './figure/insert-image';
import { importImageFromDialog } from './figure/image-import';
import { requestFieldFocus } from './focus-request';
import { ToolButton } from './formatting-toolbar';
import type { SectionEditorInstance } from './section-editor-type';
import { updateXrefUi } from './xref/xref-ui-state';

/** Commands need a place to act: an editor never clicked into acts at the end of its text. */
function ensureSelection(editor: SectionEditorInstance): void {
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
}

export function InsertToolbar({ readOnly }: { readonly readOnly: boolean }) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const api = useApi();
  const ui = useReportUi();
  const [importing, setImporting] = useState(false);

  const addCase = (): void => {
    ensureSelection(editor);
    const id = insertCase(editor);
    if (id === null) {
      ui.notify('info', t('insert.caseRefused'));
      return;
    }
    requestFieldFocus(editor, id);
    ReactEditor.focus(editor);
  };

  const addFigure = async (): Promise<void> => {
    ensureSelection(editor);
    const at = Editor.rangeRef(editor, editor.selection ?? Editor.range(editor, Editor.end(editor, [])));
    setImporting(true);
    try {
      const asset = await importImageFromDialog(api);
      if (asset) insertImportedImage(editor, asset, at.current);
    } catch (error) {
      ui.notify('error', errorMessage(error));
    } finally {
      at.unref();
      setImporting(false);
    }
  };

  const addXref = (): void => {
    ensureSelection(editor);
    updateXrefUi(editor, { pickerOpen: true });
  };

  return (
    <div className="toolbar toolbar-insert" role="toolbar" aria-label={t('insert.label')} data-testid="insert-toolbar">
      <div className="tool-group">
        <ToolButton title={t('insert.caseHint')} disabled={readOnly} className="tool-labelled" testId="insert-case" onRun={addCase}>
          <Icon name="case" />
          <span>{t('insert.case')}</span>
        </ToolButton>
        <ToolButton
          title={importing ? t('insert.importing') : t('insert.figureHint')}
          disabled={readOnly || importing}
          className="tool-labelled"
          testId="insert-figure"
          onRun={() => void addFigure()}
        >
          <Icon name="image" />
          <span>{t('insert.figure')}</span>
        </ToolButton>
        <ToolButton title={t('insert.xrefHint')} disabled={readOnly} className="tool-labelled" testId="insert-xref" onRun={addXref}>
          <Icon name="xref" />
          <span>{t('insert.xref')}</span>
        </ToolButton>
      </div>
    </div>
  );
}
