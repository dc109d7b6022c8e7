/**
 * 生成声明: format, binding to a report PDF, a digital signature with its certificate password; main
 * asks for the files (where to save, which report, which certificate). Shows progress while it
 * works, then the path, the fingerprint and whether it is signed, or why it failed.
 */
import { useState, type FormEvent } from 'react';
import type { IssuedStatementResult } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';

type Format = 'pdf' | 'docx';

type IssueState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly result: IssuedStatementResult }
  | { readonly kind: 'failed'; readonly message: string };

interface StatementIssueFormProps {
  readonly disabled: boolean;
  /** Saves the settings still being typed, so the statement says what the dialog shows. */
  readonly beforeIssue: () => Promise<boolean>;
  /** Refreshes the register once a statement was written. */
  readonly afterIssue: () => void;
}

export function StatementIssueForm({ disabled, beforeIssue, afterIssue }: StatementIssueFormProps) {
  const api = useApi();
  const [format, setFormat] = useState<Format>('pdf');
  const [bindReport, setBindReport] = useState(false);
  const [sign, setSign] = useState(false);
  const [password, setPassword] = useState('');
  const [state, setState] = useState<IssueState>({ kind: 'idle' });
  const running = state.kind === 'running';
  const signing = sign && format === 'pdf';

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!(await beforeIssue())) return;
    setState({ kind: 'running' });
    try {
      const result = await api.statement.issue({ format, bindReport, sign: signing ? { password } : null });
      // A cancelled file dialog: back to where the user was, nothing to report.
      setState(result === null ? { kind: 'idle' } : { kind: 'done', result });
      if (result !== null) afterIssue();
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <form className="statement-issue" onSubmit={(e) => void submit(e)} noValidate aria-label={t('statement.issue')}>
      <fieldset className="statement-issue-fields" disabled={disabled || running}>
        <div className="field export-formats statement-choice" role="radiogroup" aria-label={t('statement.format')}>
          <span className="field-label">{t('statement.format')}</span>
          {(['pdf', 'docx'] as const).map((value) => (
            <label key={value} className="export-option">
              <input type="radio" name="statement-format" value={value} checked={format === value} onChange={() => setFormat(value)} data-testid={`statement-format-${value}`} />
              {t(value === 'pdf' ? 'statement.format.pdf' : 'statement.format.docx')}
            </label>
          ))}
        </div>
        <label className="export-option">
          <input type="checkbox" checked={bindReport} onChange={(e) => setBindReport(e.target.checked)} data-testid="statement-bind" />
          {t('statement.bindReport')}
        </label>
        <label className="export-option">
          <input type="checkbox" checked={signing} disabled={format !== 'pdf'} onChange={(e) => setSign(e.target.checked)} data-testid="statement-sign" />
          {t('statement.sign')}
          {format === 'pdf' ? null : <span className="field-hint">{t('statement.signPdfOnly')}</span>}
        </label>
        {signing ? (
          <label className="field statement-password">
            <span className="field-label">{t('statement.password')}</span>
            <input
              className="input"
              type="password"
              autoComplete="off"
              value={password}
              maxLength={1000}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="statement-password"
            />
          </label>
        ) : null}
      </fieldset>
      <div className="statement-issue-actions">
        <button type="submit" className="btn btn-primary" disabled={disabled || running} data-testid="statement-issue">
          {running ? t('statement.running') : t('statement.start')}
        </button>
        {running ? (
          <span className="export-stage" role="status" data-testid="statement-progress">
            {t('statement.running')}
          </span>
        ) : null}
      </div>
      {state.kind === 'done' ? (
        <div className="export-result" role="status" data-testid="statement-result">
          <p className="export-result-title">{t('statement.done')}</p>
          <p className="export-result-path" data-testid="statement-result-path">
            {t('statement.donePath', { path: state.result.path })}
          </p>
          <p className="export-result-path">
            {state.result.reportSha256 ? t('statement.fingerprint', { sha: state.result.reportSha256 }) : t('statement.unbound')}
            {' · '}
            {t(state.result.signed ? 'statement.signed' : 'statement.unsigned')}
          </p>
          {state.result.warnings.length > 0 ? (
            <ul className="export-warnings" data-testid="statement-warnings">
              {state.result.warnings.map((warning, index) => (
                <li key={`${index}:${warning}`}>{warning}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <div className="form-error" role="alert" data-testid="statement-error">
          {t('statement.failed', { message: state.message })}
        </div>
      ) : null}
    </form>
  );
}
