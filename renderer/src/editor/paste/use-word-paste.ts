/**
 * Pasting from Word or WPS (and structured HTML from a web page) keeps headings, bold/italic/
 * underline, lists, tables with merged cells, captions and pictures: the clipboard HTML goes
 * through the Word-draft conversion (shared/word/clipboard/ → shared/word/html-to-blocks.ts) and
 * the blocks are pasted as one undo step. Pictures reach the project only through main's image
 * gate (asset.import): `data:` pictures and the clipboard's picture files are sent as bytes;
 * pictures Word names by a path on the author's disk cannot be read here and become placeholders
 * with a notice that stays until dismissed, as does anything left out (text boxes, comments,
 * footnotes).
 *
 * Installed inside the table paste (which sees spreadsheet cells first) and outside the image
 * paste (a picture of the copied text that Word or WPS may add must not replace the text).
 */
import { useEffect, useRef } from 'react';
import { Editor, type BaseRange } from 'slate';
import { ReactEditor } from 'slate-react';
import { cellAbove } from '../../../../shared/editor/table-location';
import { t } from '../../../../shared/i18n';
import type { Api } from '../../../../shared/ipc/contract';
import { clipboardBlocks, type ImageOutcome } from '../../../../shared/word/clipboard/clipboard-blocks';
import type { ClipboardImage } from '../../../../shared/word/clipboard/normalise-clipboard-html';
import { useApi } from '../../ipc/api-context';
import { errorMessage } from '../../ipc/error-message';
import { useReportUi } from '../../navigation/report-ui';
import { importImageFile } from '../figure/image-import';
import type { SectionEditorInstance } from '../section-editor-type';
import { insertPastedBlocks } from './insert-pasted-blocks';
import { partialParagraph, planWordPaste, type WordPastePlan } from './word-paste-plan';

/** `data:image/png;base64,…` → its base64, or null when the URI is not base64 data. */
function dataUriBase64(src: string): string | null {
  const match = /^data:[^,;]*(?:;[^,;]*)*;base64,(.*)$/is.exec(src.trim());
  return match ? (match[1] as string).replace(/\s+/g, '') : null;
}

async function importPictures(api: Api, images: readonly ClipboardImage[], files: ReadonlyMap<number, File>): Promise<Map<number, ImageOutcome>> {
  const outcomes = new Map<number, ImageOutcome>();
  for (const image of images) {
    const file = files.get(image.index);
    const base64 = image.kind === 'data' ? dataUriBase64(image.src) : null;
    if (!file && base64 === null) {
      outcomes.set(image.index, { kind: 'unreadable' });
      continue;
    }
    try {
      const asset = file ? await importImageFile(api, file) : await api.asset.import({ name: image.name, base64: base64 as string });
      outcomes.set(image.index, { kind: 'stored', sha256: asset.sha256, width: asset.width, height: asset.height });
    } catch (error) {
      // The gate's refusal (EMF, BMP, damaged bytes) is the user's to read; anything else too.
      outcomes.set(image.index, { kind: 'refused', message: errorMessage(error) });
    }
  }
  return outcomes;
}

export function useWordPaste(editor: SectionEditorInstance, readOnly: boolean): void {
  const api = useApi();
  const ui = useReportUi();
  const latest = useRef({ api, ui, readOnly });
  latest.current = { api, ui, readOnly };
  useEffect(() => {
    const original = editor.insertData;
    const paste = (data: DataTransfer, plan: WordPastePlan, outcomes: ReadonlyMap<number, ImageOutcome>, at: BaseRange | null): void => {
      const { ui: report } = latest.current;
      const result = clipboardBlocks(plan.doc, outcomes);
      const blocks = partialParagraph(result.blocks, data.getData('text/plain'));
      if (blocks === 'text') {
        original(data);
        return;
      }
      insertPastedBlocks(editor, blocks, at);
      for (const text of result.lost) report.notify('error', text);
      for (const text of result.notes) report.notify('info', text);
    };
    const insertData = (data: DataTransfer): void => {
      const { api: client, ui: report, readOnly: locked } = latest.current;
      const inTable = editor.selection !== null && cellAbove(editor, editor.selection.focus.path) !== undefined;
      const imageFiles = Array.from(data.files).filter((file) => file.type.startsWith('image/'));
      const plan = locked ? null : planWordPaste({ types: Array.from(data.types), getData: (type) => data.getData(type), imageFiles }, inTable);
      if (!plan) {
        original(data);
        return;
      }
      const toImport = plan.doc.images.filter((image) => image.kind === 'data' || plan.files.has(image.index));
      if (toImport.length === 0) {
        // Nothing to fetch: pasted at once, like any other paste.
        paste(data, plan, new Map(), null);
        return;
      }
      const at = editor.selection ? Editor.rangeRef(editor, editor.selection) : null;
      report.notify('info', t('paste.importing'));
      void (async () => {
        try {
          const outcomes = await importPictures(client, plan.doc.images, plan.files);
          paste(data, plan, outcomes, at?.current ?? null);
          ReactEditor.focus(editor);
        } catch (error) {
          report.notify('error', t('paste.failed', { message: errorMessage(error) }));
        } finally {
          at?.unref();
        }
      })();
    };
    editor.insertData = insertData;
    return () => {
      if (editor.insertData === insertData) editor.insertData = original;
    };
  }, [editor]);
}
