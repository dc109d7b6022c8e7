/**
 * One export at a time from the export dialog: starts export.docx or export.pdf with a fresh jobId,
 * polls export.progress every 200 ms while it runs, and cancels it on request (or when the dialog
 * goes away mid-export).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportPartKey } from '../../../shared/export/export-parts';
import type { Api, ExportProgress } from '../../../shared/ipc/contract';
import { errorCode, errorMessage } from '../ipc/error-message';
import { isCancelled, pollProgress, STARTING_PROGRESS } from './job-progress';

export type ExportFormat = 'docx' | 'pdf';

export interface PdfSigning {
  /** The handle of the certificate chosen in dialog.pickCertificatePath. */
  readonly certificate: string;
  readonly password: string;
}

export type ExportRunState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: ExportProgress; readonly cancelling: boolean }
  | {
      readonly kind: 'done';
      /** What main knows the written file by (打开文件 / 打开所在文件夹 name it, never its path). */
      readonly jobId: string;
      readonly path: string;
      readonly pages: number | null;
      readonly warnings: readonly string[];
      /** PDF only: the file's SHA-256, whether it is signed, whether it went into the statement register. */
      readonly pdf?: { readonly sha256: string; readonly signed: boolean; readonly recorded: boolean };
    }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string; readonly code: string | null };


export interface ExportJobControls {
  readonly state: ExportRunState;
  /** Exports to the file behind `file` (a dialog.pickExportPath handle); `parts` names the parts switched off; `sign` signs a PDF with a certificate. */
  start(format: ExportFormat, file: string, parts: Partial<Record<ExportPartKey, boolean>>, sign?: PdfSigning): Promise<ExportRunState>;
  cancel(): void;
  reset(): void;
}

export function useExportJob(api: Api): ExportJobControls {
  const [state, setState] = useState<ExportRunState>({ kind: 'idle' });
  const jobRef = useRef<string | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      // Closing the dialog mid-export stops the export rather than leaving it running unseen.
      if (jobRef.current !== null) void api.export.cancel({ jobId: jobRef.current }).catch(() => undefined);
    };
  }, [api]);

  const start = useCallback(
    async (format: ExportFormat, file: string, parts: Partial<Record<ExportPartKey, boolean>>, sign?: PdfSigning): Promise<ExportRunState> => {
      const jobId = crypto.randomUUID();
      jobRef.current = jobId;
      setState({ kind: 'running', progress: STARTING_PROGRESS, cancelling: false });
      const stopPolling = pollProgress(api, jobId, (progress) => {
        if (!mounted.current || jobRef.current !== jobId) return;
        setState((s) => (s.kind === 'running' ? { ...s, progress } : s));
      });
      let next: ExportRunState;
      try {
        if (format === 'pdf') {
          const result = await api.export.pdf({ file, parts, jobId, ...(sign ? { sign } : {}) });
          next = { kind: 'done', jobId, path: result.path, pages: result.pages, warnings: result.warnings, pdf: { sha256: result.sha256, signed: result.signed, recorded: result.recorded } };
        } else {
          const result = await api.export.docx({ file, parts, jobId });
          next = { kind: 'done', jobId, path: result.path, pages: null, warnings: result.warnings };
        }
      } catch (error) {
        next = isCancelled(error) ? { kind: 'cancelled' } : { kind: 'failed', message: errorMessage(error), code: errorCode(error) };
      } finally {
        stopPolling();
        if (jobRef.current === jobId) jobRef.current = null;
      }
      if (mounted.current) setState(next);
      return next;
    },
    [api],
  );

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (jobId === null) return;
    setState((s) => (s.kind === 'running' ? { ...s, cancelling: true } : s));
    void api.export.cancel({ jobId }).catch(() => undefined);
  }, [api]);

  const reset = useCallback(() => setState({ kind: 'idle' }), []);

  return { state, start, cancel, reset };
}
