/**
 * One print preview from start to close: main prints the report (export.preview, followed with
 * export.progress and stoppable with export.cancel like an export), the renderer reads the PDF in
 * chunks (export.previewRead) and opens it with pdf.js. Going away at any point cancels the print,
 * frees the document and tells main to delete its file.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api, ExportProgress, PrintPreview } from '../../../shared/ipc/contract';
import { isCancelled, pollProgress, STARTING_PROGRESS } from '../export/job-progress';
import { errorMessage } from '../ipc/error-message';
import { decodeInto, loadPdf, type LoadedPdf } from './pdf-loader';

export type PreviewState =
  | { readonly kind: 'printing'; readonly progress: ExportProgress; readonly cancelling: boolean }
  | { readonly kind: 'loading'; readonly fraction: number }
  | { readonly kind: 'ready'; readonly preview: PrintPreview; readonly pdf: LoadedPdf }
  | { readonly kind: 'cancelled' }
  /** `stage`: whether main could not print, or the renderer could not show what it printed. */
  | { readonly kind: 'failed'; readonly stage: 'print' | 'show'; readonly message: string };

export interface PreviewControls {
  readonly state: PreviewState;
  /** (Re)starts: prints afresh, after `flush` has written pending edits. */
  start(): void;
  cancel(): void;
}

export function usePrintPreview(api: Api, flush: () => Promise<boolean>): PreviewControls {
  const [state, setState] = useState<PreviewState>({ kind: 'printing', progress: STARTING_PROGRESS, cancelling: false });
  /** The run that may still change the state; bumped by every start and by unmounting. */
  const run = useRef(0);
  const jobRef = useRef<string | null>(null);
  const owned = useRef<{ previewId: string | null; pdf: LoadedPdf | null }>({ previewId: null, pdf: null });
  // A ref, so that a parent passing a new arrow on each render does not restart the preview.
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const release = useCallback(() => {
    const { previewId, pdf } = owned.current;
    owned.current = { previewId: null, pdf: null };
    pdf?.destroy();
    if (previewId !== null) void api.export.previewClose({ previewId }).catch(() => undefined);
  }, [api]);

  const start = useCallback(() => {
    const mine = (run.current += 1);
    const live = (): boolean => run.current === mine;
    release();
    const jobId = crypto.randomUUID();
    jobRef.current = jobId;
    setState({ kind: 'printing', progress: STARTING_PROGRESS, cancelling: false });
    const stopPolling = pollProgress(api, jobId, (progress) => {
      if (live()) setState((s) => (s.kind === 'printing' ? { ...s, progress } : s));
    });

    void (async () => {
      let preview: PrintPreview;
      try {
        await flushRef.current();
        preview = await api.export.preview({ jobId });
      } catch (error) {
        if (live()) setState(isCancelled(error) ? { kind: 'cancelled' } : { kind: 'failed', stage: 'print', message: errorMessage(error) });
        return;
      } finally {
        stopPolling();
        if (jobRef.current === jobId) jobRef.current = null;
      }
      if (!live()) {
        void api.export.previewClose({ previewId: preview.previewId }).catch(() => undefined);
        return;
      }
      owned.current.previewId = preview.previewId;
      try {
        setState({ kind: 'loading', fraction: 0 });
        const bytes = new Uint8Array(preview.size);
        let offset = 0;
        while (offset < preview.size) {
          const chunk = await api.export.previewRead({ previewId: preview.previewId, offset });
          if (!live()) return;
          const written = decodeInto(chunk.base64, bytes, offset);
          if (written === 0) throw new Error('预览文件比预期短');
          offset += written;
          setState({ kind: 'loading', fraction: offset / preview.size });
        }
        const pdf = await loadPdf(bytes);
        if (!live()) {
          pdf.destroy();
          return;
        }
        owned.current.pdf = pdf;
        setState({ kind: 'ready', preview, pdf });
      } catch (error) {
        if (live()) setState({ kind: 'failed', stage: 'show', message: errorMessage(error) });
      }
    })();
  }, [api, release]);

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (jobId === null) return;
    setState((s) => (s.kind === 'printing' ? { ...s, cancelling: true } : s));
    void api.export.cancel({ jobId }).catch(() => undefined);
  }, [api]);

  useEffect(() => {
    start();
    return () => {
      run.current += 1;
      // Closed mid-print: stop the print rather than leave it running unseen.
      if (jobRef.current !== null) void api.export.cancel({ jobId: jobRef.current }).catch(() => undefined);
      release();
    };
  }, [api, start, release]);

  return { state, start, cancel };
}
