/**
 * 查找和替换 (Ctrl+F, Ctrl+H): a bar over the top right of the editor area. In 本节 it works in
 * the section on screen; in 全文 it goes on into the next section with matches (main counts the
 * stored sections, the section on screen counts live). Replacing in the section is one undo step
 * in its editor; 全部替换 in 全文 runs in main over the stored report (see
 * electron/find/find-handlers.ts), one revision per section, and the editors reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { editorMatches, replaceAll, replaceMatch } from '../../../shared/editor/find-replace';
import type { ContentMatch } from '../../../shared/find/content-matches';
import type { ReportStats } from '../../../shared/ipc/contract';
import type { ReportFindResult } from '../../../shared/ipc/workspace-schemas';
import { t, type MessageKey } from '../../../shared/i18n';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import { useStore } from '../state/store';
import type { NoticeKind } from '../ui/notices';
import { findOptionsOf, type FindHub, type FindScope, type FindState } from './find-hub';
import { workspaceKey } from './find-keys';

export interface FindBarProps {
  readonly hub: FindHub;
  /** The section being edited (selected in the outline). */
  readonly currentId: string | null;
  /** Every section id in reading order. */
  readonly order: readonly string[];
  /** No replacing at all (a read-only report) / not in this section (another department's). */
  readonly readOnly: boolean;
  readonly sectionReadOnly: boolean;
  /** Replacing across the report (false in a department's package: its sections are edited one by one). */
  readonly reportReplace: boolean;
  readonly flush: () => Promise<unknown>;
  /** Opens a section (and scrolls to it in 全文). */
  readonly open: (sectionId: string) => void;
  /** Main rewrote stored sections: reload the editors and the numbers. */
  readonly onReportReplaced: (stats: ReportStats) => void;
  /** 全部替换 changed this section in the editor: its next save is a 'replace' revision of its own. */
  readonly onSectionReplaced: (sectionId: string) => void;
  readonly notify: (kind: NoticeKind, text: string) => void;
}

/** Text selected in the page, as a starting query (one line, not too long). */
function selectedText(): string {
  const text = window.getSelection()?.toString() ?? '';
  return text.length > 0 && text.length <= 100 && !/[\n\r]/.test(text) ? text : '';
}

const FIELD_KEYS: Record<string, MessageKey> = { caption: 'find.field.caption', source: 'find.field.source', title: 'find.field.title' };

export function FindBar(props: FindBarProps) {
  const { hub, currentId, order, flush, open: openSection, notify } = props;
  const api = useApi();
  const state = useStore(hub.state);
  const active = useStore(hub.active);
  useStore(hub.version);
  const queryRef = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<ReportFindResult | null>(null);
  const [busy, setBusy] = useState(false);
  const update = useCallback((patch: Partial<FindState>) => hub.state.set({ ...hub.state.get(), ...patch }), [hub]);

  // Ctrl+F / Ctrl+H open the bar (with the selected text), from anywhere in the window.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const key = workspaceKey(event);
      if (key?.kind !== 'find') return;
      event.preventDefault();
      const selected = selectedText();
      const current = hub.state.get();
      hub.state.set({ ...current, open: true, replaceOpen: key.replace || (current.open && current.replaceOpen), query: selected || current.query });
      window.setTimeout(() => queryRef.current?.select(), 0);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hub]);

  const editor = currentId === null ? undefined : hub.editorOf(currentId);
  const options = findOptionsOf(state);
  const searching = state.open && state.query.length > 0;
  const matches: ContentMatch[] = searching && editor ? editorMatches(editor, state.query, options) : [];
  const index = active !== null && active.sectionId === currentId && typeof active.index === 'number' && active.index < matches.length ? active.index : -1;

  // Counts over the stored report for 全文, after the edits on screen are written.
  const { query, matchCase, matchWidth, scope } = state;
  const [reportKey, setReportKey] = useState(0);
  useEffect(() => {
    if (!searching || scope !== 'report') {
      setReport(null);
      return undefined;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      void (async () => {
        await flush();
        const found = await api.report.find({ query, options: { matchCase, matchWidth } });
        if (live) setReport(found);
      })().catch((error: unknown) => live && notify('error', errorMessage(error)));
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [api, flush, notify, searching, scope, query, matchCase, matchWidth, reportKey]);

  // A section just opened for its first or last match: pick it once its editor is there.
  useEffect(() => {
    if (active === null || typeof active.index === 'number' || active.sectionId !== currentId || !editor) return;
    const found = editorMatches(editor, query, { matchCase, matchWidth });
    hub.active.set(found.length === 0 ? null : { sectionId: active.sectionId, index: active.index === 'first' ? 0 : found.length - 1 });
  }, [hub, active, currentId, editor, query, matchCase, matchWidth]);

  /** The next (or previous) section with matches in reading order, wrapping round; null when none. */
  const otherSection = (direction: 1 | -1): string | null => {
    if (report === null || currentId === null) return null;
    const withMatches = new Set(report.sections.map((s) => s.id));
    const start = order.indexOf(currentId);
    for (let step = 1; step <= order.length; step += 1) {
      const id = order[(start + direction * step + order.length * step) % order.length] as string;
      if (id !== currentId && withMatches.has(id)) return id;
    }
    return null;
  };

  const go = (direction: 1 | -1): void => {
    if (!searching || currentId === null) return;
    const next = index + direction;
    if (matches.length > 0 && index >= 0 && next >= 0 && next < matches.length) {
      hub.active.set({ sectionId: currentId, index: next });
      return;
    }
    if (matches.length > 0 && index < 0) {
      hub.active.set({ sectionId: currentId, index: direction === 1 ? 0 : matches.length - 1 });
      return;
    }
    const other = scope === 'report' ? otherSection(direction) : null;
    if (other !== null) {
      hub.active.set({ sectionId: other, index: direction === 1 ? 'first' : 'last' });
      openSection(other);
    } else if (matches.length > 0) {
      // Round again in this section.
      hub.active.set({ sectionId: currentId, index: direction === 1 ? 0 : matches.length - 1 });
    }
  };

  const replaceOne = (): void => {
    if (!editor || currentId === null || props.sectionReadOnly) return;
    const match = index >= 0 ? matches[index] : undefined;
    if (!match) {
      go(1);
      return;
    }
    replaceMatch(editor, match, state.replacement);
    // The next match now has this index (or there is none left here).
    const left = editorMatches(editor, state.query, options).length;
    if (index < left) hub.active.set({ sectionId: currentId, index });
    else if (scope === 'report') {
      hub.active.set(null);
      setReportKey((k) => k + 1);
    } else hub.active.set(left > 0 ? { sectionId: currentId, index: 0 } : null);
  };

  const replaceEverywhere = async (): Promise<void> => {
    if (!searching) return;
    if (scope === 'section') {
      if (!editor || props.sectionReadOnly) return;
      const count = replaceAll(editor, state.query, state.replacement, options);
      hub.active.set(null);
      if (count > 0 && currentId !== null) {
        // One revision per section, as across the report: saved now, before more typing joins it.
        props.onSectionReplaced(currentId);
        void props.flush().catch(() => undefined);
      }
      notify('info', count === 0 ? t('find.none') : t('find.replacedSection', { count }));
      return;
    }
    setBusy(true);
    try {
      await flush();
      const result = await api.report.replaceAll({ query: state.query, replacement: state.replacement, options });
      hub.active.set(null);
      notify('info', result.count === 0 ? t('find.none') : t('find.replacedReport', { count: result.count, sections: result.sections.length }));
      if (result.damaged.length > 0) notify('error', t('find.damagedSkipped', { count: result.damaged.length }));
      if (result.count > 0) props.onReportReplaced(result.stats);
      setReportKey((k) => k + 1);
    } catch (error) {
      notify('error', t('find.replaceFailed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  if (!state.open) return null;

  const close = (): void => {
    update({ open: false });
    hub.active.set(null);
  };
  const current = index >= 0 ? matches[index] : undefined;
  const liveOthers = report === null ? 0 : report.sections.filter((s) => s.id !== currentId).reduce((sum, s) => sum + s.count, 0);
  const sectionsWith = report === null ? 0 : report.sections.filter((s) => s.id !== currentId).length + (matches.length > 0 ? 1 : 0);
  const countText = !searching
    ? ''
    : scope === 'report' && report !== null
      ? t('find.reportCount', { count: liveOthers + matches.length, sections: sectionsWith })
      : matches.length === 0
        ? t('find.none')
        : index >= 0
          ? t('find.count', { index: index + 1, count: matches.length })
          : t('find.countOnly', { count: matches.length });
  const canReplace = !props.readOnly && (scope === 'report' ? props.reportReplace : !props.sectionReadOnly);
  const replaceHint = props.readOnly ? t('find.readOnly') : scope === 'report' && !props.reportReplace ? t('find.reportNeedsProject') : undefined;

  return (
    <div className="find-anchor">
      <div
        className="find-bar"
        role="search"
        aria-label={t('find.title')}
        data-testid="find-bar"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      >
        <div className="find-row">
          <input
            ref={queryRef}
            className="find-input"
            value={state.query}
            placeholder={t('find.query')}
            aria-label={t('find.query')}
            maxLength={200}
            autoFocus
            data-testid="find-query"
            onChange={(event) => {
              update({ query: event.target.value });
              hub.active.set(null);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                event.preventDefault();
                go(event.shiftKey ? -1 : 1);
              }
            }}
          />
          <span className="find-count" data-testid="find-count" aria-live="polite">
            {countText}
            {current?.kind === 'field' ? ` · ${t('find.inField', { field: t(FIELD_KEYS[current.field] as MessageKey) })}` : ''}
          </span>
          <button type="button" className="btn btn-small" onClick={() => go(-1)} disabled={!searching} title={t('find.previous')} data-testid="find-previous">
            ↑
          </button>
          <button type="button" className="btn btn-small" onClick={() => go(1)} disabled={!searching} title={t('find.next')} data-testid="find-next">
            ↓
          </button>
          <button type="button" className={`btn btn-small${state.replaceOpen ? ' btn-primary' : ''}`} onClick={() => update({ replaceOpen: !state.replaceOpen })} data-testid="find-toggle-replace">
            {t('find.toggleReplace')}
          </button>
          <button type="button" className="btn btn-small" onClick={close} title={t('find.close')} aria-label={t('find.close')} data-testid="find-close">
            ×
          </button>
        </div>
        {state.replaceOpen ? (
          <div className="find-row">
            <input
              className="find-input"
              value={state.replacement}
              placeholder={t('find.replacement')}
              aria-label={t('find.replacement')}
              maxLength={1000}
              data-testid="find-replacement"
              onChange={(event) => update({ replacement: event.target.value })}
            />
            <button type="button" className="btn btn-small" onClick={replaceOne} disabled={!searching || props.readOnly || props.sectionReadOnly} title={replaceHint} data-testid="find-replace">
              {t('find.replace')}
            </button>
            <button type="button" className="btn btn-small" onClick={() => void replaceEverywhere()} disabled={!searching || !canReplace || busy} title={replaceHint} data-testid="find-replace-all">
              {t('find.replaceAll')}
            </button>
          </div>
        ) : null}
        <div className="find-row find-options">
          {(['section', 'report'] as FindScope[]).map((value) => (
            <label key={value} className="find-option">
              <input type="radio" name="find-scope" checked={scope === value} onChange={() => update({ scope: value })} data-testid={`find-scope-${value}`} />
              {t(value === 'section' ? 'find.scopeSection' : 'find.scopeReport')}
            </label>
          ))}
          <label className="find-option">
            <input type="checkbox" checked={matchCase} onChange={(event) => update({ matchCase: event.target.checked })} data-testid="find-match-case" />
            {t('find.matchCase')}
          </label>
          <label className="find-option">
            <input type="checkbox" checked={matchWidth} onChange={(event) => update({ matchWidth: event.target.checked })} data-testid="find-match-width" />
            {t('find.matchWidth')}
          </label>
        </div>
      </div>
    </div>
  );
}
