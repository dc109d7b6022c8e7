/**
 * 从 Word 报告创建 (issue 16): unit name, year and the Word report, then where to save the new
 * project; main reads the report (progress bar: reading, pictures, recognising, saving), creates
 * and opens the project, and the dialog shows what was imported, skipped and warned about before
 * the user goes on to edit.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExportProgress, ProjectSnapshot, WordImportSummary } from '../../../shared/ipc/contract';
import { t, type MessageKey } from '../../../shared/i18n';
import { newBlockId } from '../../../shared/ids/block-id';
import { pollProgress, STARTING_PROGRESS } from '../export/job-progress';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { defaultReportYear, parseYear, suggestedFileName, validateUnitName } from './new-report-form';
import { PickFileField, StartFormFooter, UnitNameField, usePickedFile, YearField } from './start-fields';

const STAGES = ['pending', 'load', 'images', 'assemble', 'write', 'done'] as const;

/** The import reports these of the job stages; anything else reads as getting ready. */
function stageMessage(stage: ExportProgress['stage']): MessageKey {
  const known = (STAGES as readonly string[]).includes(stage) ? stage : 'pending';
  return `wordImport.stage.${known}` as MessageKey;
}

interface WordReportDialogProps {
  readonly onCancel: () => void;
  readonly onCreated: (snapshot: ProjectSnapshot) => void;
}

interface Done {
  readonly snapshot: ProjectSnapshot;
  readonly summary: WordImportSummary;
}

export function WordReportDialog({ onCancel, onCreated }: WordReportDialogProps) {
  const api = useApi();
  const [unitName, setUnitName] = useState('');
  const [year, setYear] = useState(String(defaultReportYear()));
  const [errors, setErrors] = useState<{ unitName?: string; year?: string; file?: string }>({});
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const stopPolling = useRef<(() => void) | null>(null);
  const busy = progress !== null && done === null;

  useEffect(() => () => stopPolling.current?.(), []);

  const { file: source, pick } = usePickedFile(() => api.dialog.pickWordReportPath({}), setFailure);
  const pickSource = async (): Promise<void> => {
    if (await pick()) setErrors((e) => ({ ...e, file: undefined }));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const unitError = validateUnitName(unitName);
    const parsedYear = parseYear(year);
    const next = {
      ...(unitError ? { unitName: unitError } : {}),
      ...(parsedYear === null ? { year: t('start.yearInvalid') } : {}),
      ...(source === null ? { file: t('wordImport.fileRequired') } : {}),
    };
    setErrors(next);
    if (unitError || parsedYear === null || source === null) return;
    const request = { unitName: unitName.trim(), year: parsedYear, blank: true };
    try {
      const target = await api.dialog.pickNewProjectPath({ suggestedName: suggestedFileName(request) });
      if (target === null) return;
      const jobId = `word-${newBlockId()}`;
      setProgress(STARTING_PROGRESS);
      stopPolling.current = pollProgress(api, jobId, setProgress);
      const result = await api.project.createFromWord({ file: target.handle, source: source.handle, unitName: request.unitName, year: parsedYear, jobId });
      setProgress({ fraction: 1, stage: 'done', done: true });
      setDone(result);
    } catch (error) {
      setProgress(null);
      setFailure(errorMessage(error));
    } finally {
      stopPolling.current?.();
      stopPolling.current = null;
    }
  };

  if (done !== null) {
    const { summary } = done;
    return (
      <Modal title={t('wordImport.title')} onClose={() => onCreated(done.snapshot)} width={620} testId="word-report-dialog">
        <div className="form">
          <p data-testid="word-import-summary">
            {t('wordImport.done', {
              chapters: summary.chapters,
              sections: summary.sections,
              headings: summary.headings,
              tables: summary.tables,
              figures: summary.figures,
              images: summary.images,
              cases: summary.cases,
              xrefs: summary.crossReferences,
            })}
          </p>
          <p data-testid="word-import-skipped">{t('wordImport.skipped', { cover: summary.skipped.cover, statement: summary.skipped.statement, toc: summary.skipped.toc })}</p>
          {summary.warnings.length > 0 ? (
            <div className="export-warnings" data-testid="word-import-warnings">
              <p>{t('wordImport.warnings', { count: summary.warnings.length })}</p>
              <ul>
                {summary.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="modal-footer modal-footer-inline">
            <button type="button" className="btn btn-primary" onClick={() => onCreated(done.snapshot)} data-testid="word-import-open">
              {t('wordImport.open')}
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={t('wordImport.title')} onClose={busy ? () => undefined : onCancel} width={560} testId="word-report-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="field-hint">{t('wordImport.intro')}</p>
        <PickFileField
          label={t('wordImport.file')}
          buttonLabel={t('wordImport.pick')}
          file={source}
          emptyText={t('wordImport.noFile')}
          error={errors.file}
          disabled={busy}
          onPick={() => void pickSource()}
          testIds={{ button: 'word-import-pick', name: 'word-import-file', error: 'word-import-file-error' }}
        />
        <UnitNameField value={unitName} onChange={setUnitName} error={errors.unitName} disabled={busy} testId="word-import-unit" />
        <YearField value={year} onChange={setYear} error={errors.year} disabled={busy} testId="word-import-year" />
        {progress !== null ? (
          <div className="export-progress" data-testid="word-import-progress">
            <progress max={1} value={progress.fraction} />
            <span className="export-stage" data-testid="word-import-stage">
              {t(stageMessage(progress.stage))}
            </span>
          </div>
        ) : null}
        <StartFormFooter failure={failure} failureTestId="word-import-error" busy={busy} onCancel={onCancel} submitLabel={t('wordImport.create')} busyLabel={t('wordImport.importing')} submitTestId="word-import-create" />
      </form>
    </Modal>
  );
}
