/**
 * 校对: the status bar's button with the count of errors and warnings, and the side panel listing
 * the preflight's findings grouped by section and rule. Opening the panel saves pending edits and
 * checks the whole report in main (the dictionary lives there); an entry jumps to its block;
 * 忽略 stores the decision in the project (carried in packages) and checks again.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';
import type { MessageKey } from '../../../shared/i18n';
import type { Finding, PreflightResult } from '../../../shared/preflight/types';
import { useApi } from '../ipc/api-context';
import { useReportUi } from '../navigation/report-ui';
import { Icon } from '../ui/icons';

export interface PreflightCount {
  readonly errors: number;
  readonly warnings: number;
}

export const PreflightButton = memo(function PreflightButton({ count, open, onToggle }: { readonly count: PreflightCount | null; readonly open: boolean; readonly onToggle: () => void }) {
  const label = count === null ? t('preflight.button') : t('preflight.count', { errors: count.errors, warnings: count.warnings });
  return (
    <button type="button" className={`status-item status-problems ${count !== null && count.errors > 0 ? 'has-problems' : ''} ${open ? 'is-open' : ''}`} onClick={onToggle} aria-pressed={open} data-testid="preflight-button">
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

export function PreflightPanel({ flush, readOnly, onCount, onClose }: { readonly flush: () => Promise<unknown>; readonly readOnly: boolean; readonly onCount: (count: PreflightCount) => void; readonly onClose: () => void }) {
  const api = useApi();
  const ui = useReportUi();
  const [result, setResult] = useState<PreflightResult | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The parent hands new callbacks on every render; the check must run once on opening, not per render.
  const latest = useRef({ flush, onCount });
  latest.current = { flush, onCount };

  const run = useCallback(async () => {
    setRunning(true);
    setError(null);
    try {
      await latest.current.flush();
      const next = await api.preflight.run({});
      setResult(next);
      latest.current.onCount({ errors: next.counts.error, warnings: next.counts.warning });
    } catch (e) {
      setError(t('preflight.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setRunning(false);
    }
  }, [api]);

  useEffect(() => {
    void run();
  }, [run]);

  const ignore = useCallback(
    async (f: Finding) => {
      try {
        await api.preflight.ignore({ key: f.key, rule: f.rule, nodeId: f.sectionId, excerpt: f.excerpt });
        await run();
      } catch (e) {
        setError(t('preflight.failed', { message: e instanceof Error ? e.message : String(e) }));
      }
    },
    [api, run],
  );

  const grouped = useMemo(() => (result === null ? [] : groups(result.findings)), [result]);
  return (
    <aside className="side-panel" aria-label={t('preflight.title')} data-testid="preflight-panel">
      <div className="pane-header">
        <span className="pane-title">
          {t('preflight.title')}
          {result !== null && result.findings.length > 0 ? <span className="pane-count">{result.findings.length}</span> : null}
        </span>
        <button type="button" className="btn" disabled={running} onClick={() => void run()} data-testid="preflight-run">
          {running ? t('preflight.running') : t('preflight.run')}
        </button>
        <button type="button" className="icon-btn" title={t('problems.close')} onClick={onClose} data-testid="preflight-close">
          ×
        </button>
      </div>
      {error !== null ? <p className="side-panel-caption">{error}</p> : null}
      {result !== null && result.findings.length === 0 ? <p className="side-panel-empty">{t('preflight.empty')}</p> : null}
      {grouped.map((group) => (
        <section key={group.sectionId} className="preflight-section">
          <h3 className="side-panel-caption">{group.sectionTitle}</h3>
          {group.rules.map(({ rule, findings }) => (
            <div key={rule}>
              <h4 className="side-panel-caption">{t(`preflight.rule.${rule}` as MessageKey)}</h4>
              <ul className="problem-list">
                {findings.map((f) => (
                  <li key={`${f.key}|${f.offset}`} data-testid="preflight-item" data-rule={f.rule} data-severity={f.severity}>
                    <button type="button" className="problem-item" title={t('preflight.goTo')} onClick={() => ui.navigate(f.sectionId, f.blockId)}>
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
                    {readOnly ? null : (
                      <button type="button" className="btn" onClick={() => void ignore(f)} data-testid="preflight-ignore">
                        {t('preflight.ignore')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </aside>
  );
}
