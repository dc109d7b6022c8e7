/**
 * Everything a section editor needs around tables, figures, cases and references that is not a
 * block's own view: the ribbon's 插入 group, the reference suggestion and picker, pasting or
 * dropping images, and carrying out jumps ("go to 表 2-1") aimed at this section. Rendered inside
 * the editor's <Slate>; `ribbonSlot` is null when another editor owns the ribbon (全文 view).
 */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Editor } from 'slate';
import { useSlateStatic } from 'slate-react';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { useReportUi } from '../navigation/report-ui';
import { showBlock } from '../navigation/show-block';
import { usePreflightEditor } from '../preflight/use-preflight-editor';
import { useStore } from '../state/store';
import { imageFilesOf, importImageFile } from './figure/image-import';
import { insertImportedImage } from './figure/insert-image';
import { InsertToolbar } from './insert-toolbar';
import { useWordPaste } from './paste/use-word-paste';
import type { SectionEditorInstance } from './section-editor-type';
import { XrefPicker } from './xref/xref-picker';
import { XrefSuggest } from './xref/xref-suggest';
import { xrefUi } from './xref/xref-ui-state';

export interface StructureToolsProps {
  readonly nodeId: string;
  readonly readOnly: boolean;
  readonly ribbonSlot: HTMLElement | null;
}

/**
 * Pasted or dropped image files become figures where they were pasted or dropped. Installed once
 * per editor: other tools wrap insertData too (table paste), and re-installing would unwrap them.
 */
function useImagePaste(editor: SectionEditorInstance, readOnly: boolean): void {
  const api = useApi();
  const ui = useReportUi();
  const latest = useRef({ api, ui, readOnly });
  latest.current = { api, ui, readOnly };
  useEffect(() => {
    const original = editor.insertData;
    const insertData = (data: DataTransfer): void => {
      const { api: client, ui: report, readOnly: locked } = latest.current;
      const files = locked ? [] : imageFilesOf(data);
      if (files.length === 0) {
        original(data);
        return;
      }
      const at = editor.selection ? Editor.rangeRef(editor, editor.selection) : null;
      report.notify('info', t('insert.importing'));
      void (async () => {
        try {
          for (const file of files) {
            try {
              const asset = await importImageFile(client, file);
              insertImportedImage(editor, asset, at?.current ?? null);
            } catch (error) {
              // One unsupported file must not keep the others out: say which failed, go on.
              report.notify('error', errorMessage(error));
            }
          }
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

/** Carries out a jump request aimed at this section, now or as soon as it arrives. */
function useJumps(editor: SectionEditorInstance, nodeId: string): void {
  const { jumps } = useReportUi();
  useEffect(() => {
    let frame = 0;
    const check = (): void => {
      const request = jumps.request.get();
      if (!request || request.nodeId !== nodeId) return;
      // After this render is on screen, so the target block has its DOM node.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (jumps.consume(request.seq)) showBlock(editor, request.blockId);
      });
    };
    check();
    const unsubscribe = jumps.request.subscribe(check);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [editor, jumps, nodeId]);
}

export function StructureTools({ nodeId, readOnly, ribbonSlot }: StructureToolsProps) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const { pickerOpen } = useStore(xrefUi(editor));
  useImagePaste(editor, readOnly);
  // After the image paste: wraps it, so Word's text wins over a picture of it (see use-word-paste.ts).
  useWordPaste(editor, readOnly);
  useJumps(editor, nodeId);
  // After useJumps: a 校对 entry's excerpt is selected after its block was shown.
  usePreflightEditor(editor, nodeId, readOnly);
  return (
    <>
      {ribbonSlot ? createPortal(<InsertToolbar readOnly={readOnly} />, ribbonSlot) : null}
      <XrefSuggest nodeId={nodeId} readOnly={readOnly} />
      {pickerOpen && !readOnly ? <XrefPicker /> : null}
    </>
  );
}
