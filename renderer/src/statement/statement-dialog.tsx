/**
 * 内容真实性责任声明: the sentence, the signer, the date, where the page goes in the report, the
 * signature and seal images, a live preview of the page, then 生成声明 and the register of issued
 * statements. Settings are saved as they change (text fields when they lose focus, or before the
 * dialog closes or a statement is issued), like the rest of the app: there is no 保存 button.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IpcInput, StatementState } from '../../../shared/ipc/contract';
import { MAX_STATEMENT_SIGNER, MAX_STATEMENT_TEMPLATE } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { DEFAULT_STATEMENT_TEMPLATE, isCalendarDay, STATEMENT_POSITIONS, type StatementSettings } from '../../../shared/statement/statement-text';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { Modal } from '../ui/modal';
import { IssuedStatements } from './issued-statements';
import { StatementImageRow, type StatementImageKind } from './statement-image-row';
import { useStatementImageUrl } from './statement-image-url';
import { StatementIssueForm } from './statement-issue-form';
import { StatementPreview } from './statement-preview';
import { ChineseDateInput } from '../ui/chinese-date-input';
import { TemplateField } from './template-field';

type Patch = IpcInput<'statement.update'>;

export function StatementDialog({ onClose }: { readonly onClose: () => void }) {
  const api = useApi();
  const [state, setState] = useState<StatementState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The fields being typed in; saved when they lose focus.
  const [template, setTemplate] = useState('');
  const [signer, setSigner] = useState('');
  const [date, setDate] = useState('');
  const [templateError, setTemplateError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const signatureUrl = useStatementImageUrl(state?.signatureImage?.sha256 ?? null);
  const sealUrl = useStatementImageUrl(state?.sealImage?.sha256 ?? null);

  useEffect(() => {
    let live = true;
    api.statement
      .get({})
      .then((loaded) => {
        if (!live) return;
        setState(loaded);
        setTemplate(loaded.settings.template);
        setSigner(loaded.settings.signerName);
        setDate(loaded.settings.date ?? '');
      })
      .catch((error: unknown) => live && setLoadError(errorMessage(error)));
    return () => {
      live = false;
    };
  }, [api]);

  const save = useCallback(
    async (patch: Patch): Promise<boolean> => {
      try {
        setState(await api.statement.update(patch));
        setFailure(null);
        return true;
      } catch (error) {
        setFailure(t('statement.saveFailed', { message: errorMessage(error) }));
        return false;
      }
    },
    [api],
  );

  /** Saves the text fields if they changed; false when the sentence is empty and cannot be saved. */
  const commitText = useCallback(async (): Promise<boolean> => {
    if (!state || state.readOnly) return true;
    const patch: { template?: string; signerName?: string } = {};
    if (template !== state.settings.template) {
      if (template.trim() === '') {
        setTemplateError(t('statement.templateEmpty'));
        return false;
      }
      patch.template = template;
    }
    setTemplateError(null);
    if (signer.trim() !== state.settings.signerName) patch.signerName = signer;
    return Object.keys(patch).length === 0 ? true : save(patch);
  }, [save, signer, state, template]);

  const close = (): void => {
    // Whatever was typed last is kept, as everywhere else in the app; an empty sentence is not.
    void commitText().finally(onClose);
  };

  const pickImage = async (kind: StatementImageKind): Promise<void> => {
    setPicking(true);
    setFailure(null);
    try {
      const next = await api.statement.pickImage({ kind });
      if (next !== null) setState(next);
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setPicking(false);
    }
  };

  const clearImage = async (kind: StatementImageKind): Promise<void> => {
    setFailure(null);
    try {
      setState(await api.statement.clearImage({ kind }));
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  const refresh = (): void => {
    api.statement
      .get({})
      .then(setState)
      .catch(() => undefined);
  };

  // The preview follows the fields as they are typed, not only what is saved.
  const previewSettings: StatementSettings | null = useMemo(
    () =>
      state && {
        ...state.settings,
        template: template.trim() === '' ? state.settings.template : template,
        signerName: signer.trim(),
        date: isCalendarDay(date) ? date : null,
      },
    [date, signer, state, template],
  );

  const footer = (
    <button type="button" className="btn" onClick={close} data-testid="statement-close">
      {t('statement.close')}
    </button>
  );

  const readOnly = state?.readOnly ?? true;
  return (
    <Modal title={t('statement.title')} onClose={close} width={960} testId="statement-dialog" footer={footer}>
      {state === null || previewSettings === null ? (
        loadError ? (
          <div className="form-error" role="alert" data-testid="statement-load-error">
            {loadError}
          </div>
        ) : (
          <p className="field-hint">{t('statement.loading')}</p>
        )
      ) : (
        <div className="statement-dialog">
          <div className="statement-main">
            <div className="statement-form form">
              {readOnly ? (
                <p className="statement-readonly" role="note" data-testid="statement-readonly">
                  {t('statement.readOnly')}
                </p>
              ) : null}
              <fieldset className="statement-fields" disabled={readOnly}>
                {/* Not a <label>: a click in it would go to the field's first button (插入 单位名称). */}
                <div className="field">
                  <span className="field-label">{t('statement.template')}</span>
                  <TemplateField
                    value={template}
                    maxLength={MAX_STATEMENT_TEMPLATE}
                    autoFocus={!readOnly}
                    disabled={readOnly}
                    invalid={templateError !== null}
                    onChange={setTemplate}
                    onBlur={() => void commitText()}
                  />
                  <span className="field-hint">{t('statement.templateChipsHint')}</span>
                  {templateError ? <span className="field-error">{templateError}</span> : null}
                </div>
                <div className="statement-template-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={template === DEFAULT_STATEMENT_TEMPLATE}
                    onClick={() => {
                      setTemplate(DEFAULT_STATEMENT_TEMPLATE);
                      setTemplateError(null);
                      void save({ template: DEFAULT_STATEMENT_TEMPLATE });
                    }}
                    data-testid="statement-template-default"
                  >
                    {t('statement.templateDefault')}
                  </button>
                </div>
                <div className="statement-row">
                  <label className="field">
                    <span className="field-label">{t('statement.signer')}</span>
                    <input
                      className="input"
                      value={signer}
                      maxLength={MAX_STATEMENT_SIGNER}
                      onChange={(e) => setSigner(e.target.value)}
                      onBlur={() => void commitText()}
                      data-testid="statement-signer"
                    />
                    <span className="field-hint">{t('statement.signerHint')}</span>
                  </label>
                  <label className="field">
                    <span className="field-label">{t('statement.date')}</span>
                    <span className="statement-date">
                      <ChineseDateInput
                        className="input"
                        value={date}
                        onChange={(value) => {
                          setDate(value);
                          // The field reports only whole days, or '' when cleared.
                          if (value === '' || isCalendarDay(value)) void save({ date: value === '' ? null : value });
                        }}
                        testId="statement-date"
                      />
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={date === ''}
                        onClick={() => {
                          setDate('');
                          void save({ date: null });
                        }}
                        data-testid="statement-date-clear"
                      >
                        {t('statement.dateClear')}
                      </button>
                    </span>
                    <span className="field-hint">{t('statement.dateHint')}</span>
                  </label>
                </div>
                <div className="field export-formats statement-choice" role="radiogroup" aria-label={t('statement.position')}>
                  <span className="field-label">{t('statement.position')}</span>
                  {STATEMENT_POSITIONS.map((position) => (
                    <label key={position} className="export-option">
                      <input
                        type="radio"
                        name="statement-position"
                        value={position}
                        checked={state.settings.position === position}
                        onChange={() => void save({ position })}
                        data-testid={`statement-position-${position}`}
                      />
                      {t(`statement.position.${position}`)}
                    </label>
                  ))}
                </div>
                <div className="field">
                  <span className="field-label">{t('statement.images')}</span>
                  <span className="field-hint">{t('statement.imagesHint')}</span>
                  <div className="statement-images">
                    <StatementImageRow
                      kind="signature"
                      info={state.signatureImage}
                      url={signatureUrl}
                      disabled={readOnly || picking}
                      onPick={() => void pickImage('signature')}
                      onClear={() => void clearImage('signature')}
                    />
                    <StatementImageRow
                      kind="seal"
                      info={state.sealImage}
                      url={sealUrl}
                      disabled={readOnly || picking}
                      onPick={() => void pickImage('seal')}
                      onClear={() => void clearImage('seal')}
                    />
                  </div>
                </div>
              </fieldset>
              {failure ? (
                <div className="form-error" role="alert" data-testid="statement-failure">
                  {failure}
                </div>
              ) : null}
              <div className="field">
                <span className="field-label">{t('statement.issue')}</span>
                <StatementIssueForm disabled={readOnly} beforeIssue={commitText} afterIssue={refresh} />
              </div>
            </div>
            <div className="statement-side">
              <span className="field-label">{t('statement.preview')}</span>
              <StatementPreview report={state.report} settings={previewSettings} signatureUrl={signatureUrl} sealUrl={sealUrl} />
              <span className="field-hint">{t('statement.previewHint')}</span>
            </div>
          </div>
          <section className="statement-register" aria-label={t('statement.issued')}>
            <h3 className="statement-register-title">{t('statement.issued')}</h3>
            <IssuedStatements issued={state.issued} />
          </section>
        </div>
      )}
    </Modal>
  );
}
