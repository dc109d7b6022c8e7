/**
 * 导出报告: Word or PDF, which parts, then a file name; a progress bar with the current stage and a
 * 取消 button while it runs; then where the file went and what to look at (the warnings), or why
 * it failed.
 */
import { useState, type FormEvent } from 'react';
import { EXPORT_PART_KEYS, type ExportPartKey } from '../../../shared/export/export-parts';
import type { MessageKey } from '../../../shared/i18n';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { useExportGate } from '../preflight/export-gate';
import { ExportResult } from './export-result';
import { useExportJob, type ExportFormat } from './use-export-job';

interface ExportDialogProps {
  /** Offered as the file name. */
  readonly reportTitle: string;
  /** Writes pending edits first, so the export has everything typed so far. */
  readonly flush: () => Promise<boolean>;
  readonly onClose: () => void;
}

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

const PART_LABELS: Readonly<Record<ExportPartKey, MessageKey>> = {
  cover: 'export.part.cover',
  statement: 'export.part.statement',
  toc: 'export.part.toc',
  figureList: 'export.part.figureList',
  tableList: 'export.part.tableList',
  caseList: 'export.part.caseList',
  body: 'export.part.body',
  caseAppendix: 'export.part.caseAppendix',
  authorship: 'export.part.authorship',
};

const ALL_ON = Object.fromEntries(EXPORT_PART_KEYS.map((key) => [key, true])) as Record<ExportPartKey, boolean>;

export function ExportDialog({ reportTitle, flush, onClose }: ExportDialogProps) {
  const api = useApi();
  const job = useExportJob(api);
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [parts, setParts] = useState<Record<ExportPartKey, boolean>>(ALL_ON);
  const [problem, setProblem] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [sign, setSign] = useState(false);
  const [password, setPassword] = useState('');
  const running = job.state.kind === 'running';
  // 校对 before exporting: remaining errors listed, asked once (renderer/src/preflight/export-gate.tsx).
  const gate = useExportGate(onClose);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setProblem(null);
    if (EXPORT_PART_KEYS.every((key) => !parts[key])) {
      setProblem(t('export.noParts'));
      return;
    }
    const signing = format === 'pdf' && sign;
    if (signing && password === '') {
      setProblem(t('export.passwordMissing'));
      return;
    }
    setPicking(true);
    try {
      if (!(await gate.ask())) return;
      const target = await api.dialog.pickExportPath({ format, suggestedName: reportTitle });
      if (target === null) return;
      const certificate = signing ? await api.dialog.pickCertificatePath({}) : null;
      if (signing && certificate === null) return;
      await flush();
      const off = Object.fromEntries(EXPORT_PART_KEYS.filter((key) => !parts[key]).map((key) => [key, false])) as Partial<Record<ExportPartKey, boolean>>;
      setPicking(false);
      const outcome = await job.start(format, target.handle, off, certificate === null ? undefined : { certificate: certificate.handle, password });
      // A wrong password or an unreadable certificate: back to the form, to type it again.
      if (outcome.kind === 'failed' && outcome.code === 'STATEMENT_REFUSED') {
        job.reset();
        setProblem(outcome.message);
      }
    } catch (error) {
      setProblem(t('export.failed', { message: errorMessage(error) }));
    } finally {
      setPicking(false);
    }
  };

  const finished = job.state.kind === 'done' || job.state.kind === 'cancelled' || job.state.kind === 'failed';

  return (
    <Modal title={t('export.title')} onClose={onClose} width={520} testId="export-dialog">
      {finished ? (
        <div className="form">
          <ExportResult state={job.state} />
          <div className="modal-footer modal-footer-inline">
            <button type="button" className="btn" onClick={job.reset} data-testid="export-again">
              {t('export.again')}
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose} data-testid="export-close">
              {t('export.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} noValidate>
          <fieldset className="field export-formats" disabled={running || picking}>
            <legend className="field-label">{t('export.format')}</legend>
            {FORMATS.map((value) => (
              <label key={value} className="export-option">
                <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} data-testid={`export-format-${value}`} />
                {t(value === 'pdf' ? 'export.format.pdf' : 'export.format.docx')}
              </label>
            ))}
          </fieldset>
          <fieldset className="field export-parts" disabled={running || picking}>
            <legend className="field-label">{t('export.parts')}</legend>
            {EXPORT_PART_KEYS.map((key) => (
              <label key={key} className="export-option">
                <input type="checkbox" checked={parts[key]} onChange={(e) => setParts((p) => ({ ...p, [key]: e.target.checked }))} data-testid={`export-part-${key}`} />
                {t(PART_LABELS[key])}
              </label>
            ))}
          </fieldset>
          {format === 'pdf' ? (
            <fieldset className="field export-sign" disabled={running || picking}>
              <label className="export-option">
                <input type="checkbox" checked={sign} onChange={(e) => setSign(e.target.checked)} data-testid="export-sign" />
                {t('export.sign')}
              </label>
              {sign ? (
                <>
                  <p className="field-hint">{parts.statement ? t('export.signHint') : t('export.signNeedsStatement')}</p>
                  <label className="field">
                    <span className="field-label">{t('export.password')}</span>
                    <input type="password" className="input" value={password} autoComplete="off" onChange={(e) => setPassword(e.target.value)} data-testid="export-password" />
                  </label>
                </>
              ) : null}
            </fieldset>
          ) : null}
          {job.state.kind === 'running' ? (
            <div className="export-progress" data-testid="export-progress">
              <progress max={1} value={job.state.progress.fraction} />
              <span className="export-stage" data-testid="export-stage">
                {job.state.cancelling ? t('export.cancelling') : t(`export.stage.${job.state.progress.stage}`)}
              </span>
            </div>
          ) : null}
          {gate.element}
          {problem ? (
            <div className="form-error" role="alert" data-testid="export-error">
              {problem}
            </div>
          ) : null}
          <div className="modal-footer modal-footer-inline">
            {running ? (
              <button type="button" className="btn" onClick={job.cancel} disabled={job.state.kind === 'running' && job.state.cancelling} data-testid="export-cancel">
                {t('export.cancel')}
              </button>
            ) : (
              <button type="button" className="btn" onClick={onClose}>
                {t('export.close')}
              </button>
            )}
            <button type="submit" className="btn btn-primary" disabled={running || picking} data-testid="export-start">
              {running ? t('export.running') : t('export.start')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
