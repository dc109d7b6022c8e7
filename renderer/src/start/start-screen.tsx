/** The first screen: new report, open a project, recent files. */
import { useEffect, useState } from 'react';
import type { AppInfo, ProjectSnapshot, RecentFile } from '../../../shared/ipc/contract';
import { t } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { NewReportDialog } from './new-report-dialog';
import { NewYearDialog } from './new-year-dialog';
import { OpenProblemPanel } from './open-problem-panel';
import { RecentList } from './recent-list';
import { useProjectOpener } from './use-project-opener';
import { WordReportDialog } from './word-report-dialog';
import { Icon } from '../ui/icons';

interface StartScreenProps {
  readonly initialError: string | null;
  readonly onOpened: (snapshot: ProjectSnapshot) => void;
}

export function StartScreen({ initialError, onOpened }: StartScreenProps) {
  const api = useApi();
  const opener = useProjectOpener(onOpened, initialError);
  const [creating, setCreating] = useState(false);
  const [fromWord, setFromWord] = useState(false);
  const [creatingFromLastYear, setCreatingFromLastYear] = useState(false);
  const [recent, setRecent] = useState<readonly RecentFile[] | null>(null);
  const [recentError, setRecentError] = useState<string | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    let live = true;
    api.app
      .recentFiles({})
      .then((files) => live && setRecent(files))
      .catch((error: unknown) => live && setRecentError(errorMessage(error)));
    // The version is only informative: if main cannot say, the footer stays empty.
    api.app
      .info({})
      .then((value) => live && setInfo(value))
      .catch((error: unknown) => console.warn('app.info failed', error));
    return () => {
      live = false;
    };
  }, [api]);

  const pickAndOpen = async (): Promise<void> => {
    opener.clear();
    try {
      const picked = await api.dialog.pickOpenProjectPath({});
      if (picked !== null) await opener.open(picked.handle);
    } catch (error) {
      opener.report(error);
    }
  };

  return (
    <div className="start-screen" data-testid="start-screen">
      <aside className="start-brand">
        <div className="brand-mark" aria-hidden="true">
          {t('app.mark')}
        </div>
        <h1 className="brand-name">{t('app.name')}</h1>
        <p className="brand-tagline">{t('app.tagline')}</p>
        <ul className="brand-points">
          <li>{t('start.point.outline')}</li>
          <li>{t('start.point.numbering')}</li>
          <li>{t('start.point.autosave')}</li>
        </ul>
      </aside>
      <main className="start-main">
        <h2 className="start-heading">{t('start.welcome')}</h2>
        <div className="start-actions">
          <button type="button" className="start-action" onClick={() => setCreating(true)} disabled={opener.busy} data-testid="start-new">
            <span className="start-action-icon">
              <Icon name="new-file" size={26} />
            </span>
            <span className="start-action-text">
              <span className="start-action-title">{t('start.newReport')}</span>
              <span className="start-action-hint">{t('start.newReportHint')}</span>
            </span>
          </button>
          <button type="button" className="start-action" onClick={() => setCreatingFromLastYear(true)} disabled={opener.busy} data-testid="start-new-year">
            <span className="start-action-icon">
              <Icon name="new-file" size={26} />
            </span>
            <span className="start-action-text">
              <span className="start-action-title">{t('newYear.start')}</span>
              <span className="start-action-hint">{t('newYear.startHint')}</span>
            </span>
          </button>
          <button type="button" className="start-action" onClick={() => void pickAndOpen()} disabled={opener.busy} data-testid="start-open">
            <span className="start-action-icon">
              <Icon name="open-folder" size={26} />
            </span>
            <span className="start-action-text">
              <span className="start-action-title">{t('start.openReport')}</span>
              <span className="start-action-hint">{t('start.openReportHint')}</span>
            </span>
          </button>
          {/* 从 Word 报告创建 (issue 16) */}
          <button type="button" className="start-action" onClick={() => setFromWord(true)} disabled={opener.busy} data-testid="start-from-word">
            <span className="start-action-icon">
              <Icon name="new-file" size={26} />
            </span>
            <span className="start-action-text">
              <span className="start-action-title">{t('wordImport.action')}</span>
              <span className="start-action-hint">{t('wordImport.actionHint')}</span>
            </span>
          </button>
        </div>
        {opener.problem ? (
          <OpenProblemPanel
            problem={opener.problem}
            busy={opener.busy}
            onOpenReadOnly={(file) => void opener.open(file, true)}
            onDismiss={opener.clear}
          />
        ) : null}
        <section className="start-recent">
          <h3 className="section-caption">{t('start.recent')}</h3>
          <RecentList files={recent} error={recentError} busy={opener.busy} onOpen={(file) => void opener.open(file)} />
        </section>
        {info ? <footer className="start-footer">{t('start.version', { name: t('app.name'), version: info.version })}</footer> : null}
      </main>
      {creating ? <NewReportDialog onCancel={() => setCreating(false)} onCreated={onOpened} /> : null}
      {fromWord ? <WordReportDialog onCancel={() => setFromWord(false)} onCreated={onOpened} /> : null}
      {creatingFromLastYear ? <NewYearDialog onCancel={() => setCreatingFromLastYear(false)} onCreated={onOpened} /> : null}
    </div>
  );
}
