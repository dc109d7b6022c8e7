/**
 * Before an export (Word or PDF): the whole report is checked (pending edits written first) and,
 * when errors remain, they are listed with one question — 继续导出 or 返回修改. The answer holds for
 * the rest of that dialog, so one export never asks twice (a wrong certificate password sends the
 * user back to the form, not to the question). Warnings and hints do not stop an export.
 */
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import type { Finding } from '../../../shared/preflight/types';
import { Modal } from '../ui/modal';
import { usePreflightLive } from './preflight-context';

/** Errors listed in the question; the rest are counted (the panel lists them all). */
export const GATE_LISTED = 12;

type GateState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'question'; readonly errors: readonly Finding[]; readonly failed: string | null; readonly answer: (go: boolean) => void };

export interface ExportGate {
  /** True when the export may go on (no errors, or the user chose 继续导出 now or before). */
  ask(): Promise<boolean>;
  readonly element: ReactNode;
}

/** What the question is before: an export (Word, PDF) or a department's 提交 of its package. */
export type GateKind = 'export' | 'submit';

/**
 * `onBack`: what 返回修改 does besides not going on (the export dialog closes, back to the text).
 * In contributor mode main checks only the department's own sections, so 提交 asks about those.
 */
export function useExportGate(onBack?: () => void, kind: GateKind = 'export'): ExportGate {
  const live = usePreflightLive();
  const [state, setState] = useState<GateState>({ kind: 'idle' });
  const confirmed = useRef(false);

  const ask = useCallback(async (): Promise<boolean> => {
    if (live === null || confirmed.current) return true;
    setState({ kind: 'checking' });
    const result = await live.runAll();
    const errors = result?.findings.filter((f) => f.severity === 'error') ?? [];
    const failed = result === null ? (live.state.get().error ?? '') : null;
    if (failed === null && errors.length === 0) {
      setState({ kind: 'idle' });
      confirmed.current = true;
      return true;
    }
    const go = await new Promise<boolean>((resolve) => setState({ kind: 'question', errors, failed, answer: resolve }));
    setState({ kind: 'idle' });
    // An export remembers the answer (a wrong password sends the user back to the same export);
    // each 提交 is an action of its own and asks again.
    confirmed.current = go && kind === 'export';
    if (!go) onBack?.();
    return go;
  }, [live, onBack, kind]);

  let element: ReactNode = null;
  if (state.kind === 'checking') {
    element = (
      <p className="field-hint" data-testid="export-gate-checking">
        {t('preflight.gate.checking')}
      </p>
    );
  } else if (state.kind === 'question') {
    const { errors, failed, answer } = state;
    element = (
      <Modal
        title={t(kind === 'submit' ? 'preflight.gate.submitTitle' : 'preflight.gate.title')}
        onClose={() => answer(false)}
        width={560}
        testId="export-gate"
        footer={
          <>
            <button type="button" className="btn" onClick={() => answer(false)} data-testid="export-gate-back">
              {t('preflight.gate.back')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => answer(true)} data-testid="export-gate-continue">
              {t(kind === 'submit' ? 'preflight.gate.submitContinue' : 'preflight.gate.continue')}
            </button>
          </>
        }
      >
        {failed !== null ? (
          <p role="alert">{t('preflight.gate.failed', { message: failed })}</p>
        ) : (
          <>
            <p>{t('preflight.gate.errors', { count: errors.length })}</p>
            <ul className="preflight-gate-list">
              {errors.slice(0, GATE_LISTED).map((f) => (
                <li key={`${f.key}|${f.offset}`} data-testid="export-gate-item">
                  {f.sectionTitle}：{f.message}（“{f.context}”）
                </li>
              ))}
            </ul>
            {errors.length > GATE_LISTED ? <p>{t('preflight.gate.more', { count: errors.length - GATE_LISTED })}</p> : null}
          </>
        )}
      </Modal>
    );
  }
  return { ask, element };
}
