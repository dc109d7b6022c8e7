/**
 * 校对: the status bar's button with the count of errors and warnings, and the side panel listing
 * the preflight's findings grouped by section and rule. Opening the panel saves pending edits and
 * checks the whole report in main (the dictionary lives there); the edited section is re-checked
 * after each save (preflight-live.ts), so the list and the count follow the typing. An entry
 * jumps to its block and selects the excerpt; 改为… applies the fix in the editor as one undo step
 * and one revision; 忽略 stores the decision (in the project, or in a department's package).
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { MessageKey } from '../../../shared/i18n';
import type { Finding } from '../../../shared/preflight/types';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { useReportUi } from '../navigation/report-ui';
import { useStore } from '../state/store';
import { Icon } from '../ui/icons';
import type { SaveCoordinator } from '../autosave/save-coordinator';
import type { PreflightLive } from './preflight-live';
import { PreflightSettingsDialog } from './preflight-settings-dialog';

export const PreflightButton = memo(function PreflightButton({ live, open, onToggle }: { readonly live: PreflightLive; readonly open: boolean; readonly onToggle: () => void }) {
  const { result } = useStore(live.state);
  const label = result === null ? t('preflight.button') : t('preflight.count', { errors: result.counts.error, warnings: result.counts.warning });
  return (
    <button type="button" className={`status-item status-problems ${result !== null && result.counts.error > 0 ? 'has-problems' : ''} ${open ? 'is-open' : ''}`} onClick={onToggle} aria-pressed={open} data-testid="preflight-button">
      <Icon name="warning" size={14} />
      {label}
    </button>
  );
});

interface Group {
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly rules: { readonly rule: Finding['rule']; readonly findings: Finding[] }[];
}

function groups(findings: readonly Finding[]): Group[] {
  const out: Group[] = [];
  for (const f of findings) {
    let group = out.find((g) => g.sectionId === f.sectionId);
    if (group === undefined) out.push((group = { sectionId: f.sectionId, sectionTitle: f.sectionTitle, rules: [] }));
    let rule = group.rules.find((r) => r.rule === f.rule);
    if (rule === undefined) group.rules.push((rule = { rule: f.rule, findings: [] }));
    rule.findings.push(f);
  }
  return out;
}

function fixLabel(f: Finding): string | null {
  // An outline title (its unit's block is the section itself) is renamed in the outline, not the editor.
  if (f.fix === null || f.blockId === f.sectionId) return null;
  if (f.fix.kind === 'xref') return t('preflight.fixXref');
  return f.fix.text === '' ? t('preflight.fixDelete') : t('preflight.fixTo', { text: f.fix.text });
}

export interface PreflightPanelProps {
  readonly live: PreflightLive;
  readonly flush: () => Promise<unknown>;
  /** Tells autosave that the next save of a section is a fix (the coordinator's saveNextAs). */
  readonly saveNextAs: SaveCoordinator['saveNextAs'];
  /** The project cannot be changed at all (read-only file). */
  readonly readOnly: boolean;
  /** A department's package: ignores go into the package, the settings are the office's. */
  readonly contributor: boolean;
  readonly onClose: () => void;
}

export function PreflightPanel({ live, flush, saveNextAs, readOnly, contributor, onClose }: PreflightPanelProps) {
  const api = useApi();
  const ui = useReportUi();
  const { result, running, error } = useStore(live.state);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const latest = useRef(flush);
  latest.current = flush;
  const markSave = useRef(saveNextAs);
  markSave.current = saveNextAs;

  // The whole report once on opening (the parent hands a new flush each render: not a dependency).
  useEffect(() => {
    void live.runAll();
  }, [live]);

  const show = useCallback(
    (f: Finding) => {
      ui.navigate(f.sectionId, f.blockId);
      void live.request(f, 'show');
    },
    [live, ui],
  );

  const fix = useCallback(
    async (f: Finding) => {
      setProblem(null);
      setBusy(true);
      try {
        // What was typed before is its own revision; the fix then is one revision on its own.
        await latest.current();
        ui.navigate(f.sectionId, f.blockId);
        // The fix is stored as a revision of its own (reason 'preflight'), which autosave's folding leaves alone.
        markSave.current(f.sectionId, 'preflight');
        const outcome = await live.request(f, 'fix');
        if (!outcome.ok) {
          markSave.current(f.sectionId, null);
          setProblem(t('preflight.fixFailed', { reason: outcome.reason ?? '' }));
          return;
        }
        await latest.current();
        await live.recheck([f.sectionId]);
      } catch (e) {
        markSave.current(f.sectionId, null);
        setProblem(t('preflight.failed', { message: errorMessage(e) }));
      } finally {
        setBusy(false);
      }
    },
    [live, ui],
  );

  const ignore = useCallback(
    async (f: Finding) => {
      setProblem(null);
      try {
        await api.preflight.ignore({ key: f.key, rule: f.rule, nodeId: f.sectionId, excerpt: f.excerpt });
        await live.recheck([f.sectionId]);
      } catch (e) {
        setProblem(t('preflight.failed', { message: errorMessage(e) }));
      }
    },
    [api, live],
  );

  const grouped = useMemo(() => (result === null ? [] : groups(result.findings)), [result]);
  const message = problem ?? (error !== null ? t('preflight.failed', { message: error }) : null);
  return (
    <aside className="side-panel" aria-label={t('preflight.title')} data-testid="preflight-panel">
      <div className="pane-header">
        <span className="pane-title">
          {t('preflight.title')}
          {result !== null && result.findings.length > 0 ? <span className="pane-count">{result.findings.length}</span> : null}
        </span>
        <button type="button" className="btn" disabled={running} onClick={() => void live.runAll()} data-testid="preflight-run">
          {running ? t('preflight.running') : t('preflight.run')}
        </button>
        <button type="button" className="btn" onClick={() => setSettingsOpen(true)} data-testid="preflight-settings-open">
          {t('preflight.openSettings')}
        </button>
        <button type="button" className="icon-btn" title={t('problems.close')} onClick={onClose} data-testid="preflight-close">
          ×
        </button>
      </div>
      {message !== null ? (
        <p className="side-panel-caption" role="alert" data-testid="preflight-problem">
          {message}
        </p>
      ) : null}
      {result !== null && result.findings.length === 0 ? <p className="side-panel-empty">{t('preflight.empty')}</p> : null}
      {grouped.map((group) => (
        <section key={group.sectionId} className="preflight-section">
          <h3 className="side-panel-caption">{group.sectionTitle}</h3>
          {group.rules.map(({ rule, findings }) => (
            <div key={rule}>
              <h4 className="side-panel-caption">{t(`preflight.rule.${rule}` as MessageKey)}</h4>
              <ul className="problem-list">
                {findings.map((f) => {
                  const label = readOnly ? null : fixLabel(f);
                  return (
                    <li key={`${f.key}|${f.offset}`} data-testid="preflight-item" data-rule={f.rule} data-severity={f.severity}>
                      <button type="button" className="problem-item" title={t('preflight.goTo')} onClick={() => show(f)}>
                        <span className="problem-text">
                          <span className="problem-message">
                            {t(`preflight.severity.${f.severity}` as MessageKey)}：{f.message}
                          </span>
                          <span className="problem-where" data-testid="preflight-excerpt">
                            {f.context}
                            {f.suggestion !== null ? ` → ${f.suggestion === '' ? '（删除）' : f.suggestion}` : ''}
                          </span>
                        </span>
                      </button>
                      {label !== null ? (
                        <button type="button" className="btn btn-small" disabled={busy} onClick={() => void fix(f)} data-testid="preflight-fix">
                          {label}
                        </button>
                      ) : null}
                      {readOnly ? null : (
                        <button type="button" className="btn btn-small" onClick={() => void ignore(f)} data-testid="preflight-ignore">
                          {t('preflight.ignore')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {settingsOpen ? <PreflightSettingsDialog readOnly={readOnly || contributor} onSaved={() => void live.runAll()} onClose={() => setSettingsOpen(false)} /> : null}
    </aside>
  );
}
