/**
 * The main window of an open project: title bar with menus, ribbon, outline, the editor of the
 * selected node, status bar; plus the settings dialog, history panel and confirmations.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { presetCssVariables } from '../../../shared/export/html/text-style-css';
import { resolvePreset } from '../../../shared/export/style-presets';
import type { OutlineChange, ProjectSnapshot } from '../../../shared/ipc/contract';
import { depthOf, outlineInOrder } from '../../../shared/model/outline';
import type { ReportSettings } from '../../../shared/model/settings';
import { numberOutline } from '../../../shared/numbering/heading-numbering';
import { t } from '../../../shared/i18n';
import { setExitFlusher } from '../autosave/exit-hooks';
import { SaveCoordinator } from '../autosave/save-coordinator';
import { SectionEditor } from '../editor/section-editor';
import { LeftPane } from '../lists/left-pane';
import { ReportUiProvider } from '../navigation/report-ui';
import { useReportServices } from '../navigation/use-report-services';
import { NumberingProvider } from '../numbering/numbering-context';
import { ProblemsButton, ProblemsPanel } from '../problems/problems-panel';
import { PreflightButton, PreflightPanel } from '../preflight/preflight-panel';
import { PreflightProvider } from '../preflight/preflight-context';
import { createPreflightLive } from '../preflight/preflight-live';
import { ViewModeToggle } from '../whole-report/view-mode-toggle';
import { WholeReportView } from '../whole-report/whole-report-view';
import { useApi } from '../ipc/api-context';
import { errorCode, errorMessage } from '../ipc/error-message';
import { OutlinePane } from '../outline/outline-pane';
import { createStore } from '../state/store';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { NoticeArea } from '../ui/notice-area';
import { createNotices } from '../ui/notices';
import { CollaborationPanel } from '../collaboration/collaboration-panel';
import { BlockCommentsProvider, createBlockComments } from '../collaboration/block-comments';
import { CommentsPanel } from '../collaboration/comments-panel';
import { ContributorBar } from '../collaboration/contributor-bar';
import { ContextSection, firstSectionId } from '../collaboration/context-section';
import { ExportDialog } from '../export/export-dialog';
import { StatementDialog } from '../statement/statement-dialog';
import { PrintPreview } from '../print-preview/print-preview';
import { HistoryPanel } from './history-panel';
import { PriorYearPanel } from '../new-year/prior-year-panel';
import { usePriorYear } from '../new-year/use-prior-year';
import { ReadOnlyBanner } from './read-only-banner';
import { SettingsDialog } from './settings-dialog';
import { StatusBar } from './status-bar';
import { TitleBar } from './title-bar';
import { useOutlineActions } from './use-outline-actions';
import { useScrollResetOn } from './scroll-reset';
import { useSidePanels } from './side-panels';
// Find and replace, zoom.
import { createFindHub, FindHubProvider } from '../find/find-hub';
import { FindBar } from '../find/find-bar';
import { useEditorZoom } from '../zoom/use-editor-zoom';
// Outline: keyboard moves, undo, departments, following the scroll in 全文.
import { useOutlineHistory } from '../outline/use-outline-history';
import { useDepartmentNames } from '../outline/use-department-names';
import { ZoomControl } from '../zoom/zoom-control';
// History: timed and named versions, preview before restoring (issue 15).
import { useHistoryActions } from '../history/use-history-actions';
import { SaveVersionDialog, defaultVersionName } from '../history/save-version-dialog';

interface ProjectScreenProps {
  readonly initial: ProjectSnapshot;
  /** The project was closed (error: why, when it had to be closed because of a failure). */
  readonly onClosed: (error: string | null) => void;
}

interface Confirmation {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger: boolean;
  readonly action: () => void;
}

/**
 * The style preset's page margins and text styles (with the author's 字体/字号/行距) as CSS custom
 * properties: the editor's page, section titles and headings read them (renderer/styles.css), so
 * they look as the exports print them.
 */
function pageStyle(settings: ReportSettings): CSSProperties {
  return presetCssVariables(resolvePreset(settings)) as CSSProperties;
}

export function ProjectScreen({ initial, onClosed }: ProjectScreenProps) {
  const api = useApi();
  const [snapshot, setSnapshot] = useState(initial);
  // A department's package opens on its own first section (the others carry no text to edit).
  const [selectedId, setSelectedId] = useState<string | null>(() => firstSectionId(initial));
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [editorNonce, setEditorNonce] = useState(0);
  // Restored versions, counted: the restored text is shown from its top (scroll-reset.ts).
  const [restoreCount, setRestoreCount] = useState(0);
  // One side panel at a time (side-panels.ts): two squeezed the page to a few characters a line.
  const sidePanels = useSidePanels();
  const [historyOpen, setHistoryOpen] = sidePanels.slot('history');
  const [historyKey, setHistoryKey] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [ribbonSlot, setRibbonSlot] = useState<HTMLElement | null>(null);
  const [notices] = useState(createNotices);
  const [sectionWords] = useState(() => createStore<number | null>(null));
  const [problemsOpen, setProblemsOpen] = sidePanels.slot('problems');
  const [preflightOpen, setPreflightOpen] = sidePanels.slot('preflight');
  // 校对: one state for the panel, the status bar and the editors; a saved section is re-checked.
  const preflightFlush = useRef<() => Promise<unknown>>(() => Promise.resolve());
  const preflightOrder = useRef(initial.outline);
  const [preflight] = useState(() =>
    createPreflightLive({ api, flush: () => preflightFlush.current(), order: () => outlineInOrder(preflightOrder.current).map((n) => n.id), describeError: errorMessage }),
  );
  useEffect(() => () => preflight.dispose(), [preflight]);
  const [collabOpen, setCollabOpen] = sidePanels.slot('collab');
  const [exportOpen, setExportOpen] = useState(false);
  const [statementOpen, setStatementOpen] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  // 去年同期 (issue 16): shown beside the editor when the project was made from last year's.
  const priorYear = usePriorYear(snapshot.path, sidePanels.slot('priorYear'));
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  // 查找和替换 (Ctrl+F / Ctrl+H) and the editor's remembered zoom.
  const [findHub] = useState(createFindHub);
  const zoom = useEditorZoom(api);
  const zoomControl = useMemo(() => <ZoomControl zoom={zoom} />, [zoom]);
  const readingOrder = useMemo(() => outlineInOrder(snapshot.outline).map((n) => n.id), [snapshot.outline]);
  // The preset with the author's changes: the 全文 view sizes sections not drawn yet by it.
  const preset = useMemo(() => resolvePreset(snapshot.settings), [snapshot.settings]);
  const services = useReportServices(api, notices, setSelectedId);
  const { numbering, jumps } = services;
  const viewRef = useRef(services.view);
  viewRef.current = services.view;
  // The selected section's comments, shared by the editor's 批注 markers and the comments panel.
  const [blockComments] = useState(() => createBlockComments(api));
  useEffect(() => blockComments.select(selectedId), [blockComments, selectedId]);

  const [coordinator] = useState(
    () =>
      new SaveCoordinator({
        // `reason`: set by saveNextAs (a fix from 校对, a 全部替换 in the section, a history version put
        // back in the editor), else a plain edit.
        save: async (id, content, baseRevision, reason) => {
          const result = await api.section.save({ id, content, baseRevision, ...(reason === undefined ? {} : { reason }) });
          // Numbers and references follow what is stored: ask again when this save changed them.
          numbering.noteSaved(id, content);
          return result;
        },
        describeError: errorMessage,
        isConflict: (error) => errorCode(error) === 'REVISION_CONFLICT',
        onConflict: (id, error) => {
          console.warn(`section ${id}: ${errorMessage(error)}`);
          notices.push('error', t('editor.conflictReloaded'));
          if (selectedRef.current === id || viewRef.current === 'whole') setEditorNonce((n) => n + 1);
        },
        onSaved: (id, result) => {
          preflight.noteSaved(id);
          setSnapshot((s) => ({ ...s, stats: result.stats }));
          if (selectedRef.current === id) setHistoryKey((k) => k + 1);
        },
      }),
  );

  preflightFlush.current = () => coordinator.flushAll();
  preflightOrder.current = snapshot.outline;

  useEffect(() => {
    setExitFlusher(() => coordinator.flushAll());
    return () => {
      setExitFlusher(null);
      coordinator.dispose();
    };
  }, [coordinator]);

  useEffect(() => {
    document.title = `${snapshot.settings.reportTitle} - ${t('app.name')}`;
  }, [snapshot.settings.reportTitle]);

  // Ctrl+S: Word users press it by habit; everything pending is written at once.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (!snapshot.readOnly) void coordinator.flushAll();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [coordinator, snapshot.readOnly]);

  const applyChange = useCallback(
    (change: OutlineChange) => {
      setSnapshot((s) => ({ ...s, outline: change.outline, deleted: change.deleted, stats: change.stats }));
      // Moving, adding or deleting sections renumbers headings, figures, tables and cases.
      numbering.scheduleRefresh();
    },
    [numbering],
  );

  const actions = useOutlineActions({
    outline: snapshot.outline,
    selectedId,
    coordinator,
    notices,
    applyChange,
    select: setSelectedId,
    startRename: setRenamingId,
  });

  // Outline: Alt+Shift+↑/↓, Ctrl+Z of moves and deletions, 负责部门 tags, the 全文 scroll followed.
  const outlineHistory = useOutlineHistory(snapshot.outline, actions, notices);
  const departmentNames = useDepartmentNames(api, snapshot.outline, snapshot.mode !== 'contributor');
  const [inViewId, setInViewId] = useState<string | null>(null);

  const labels = useMemo(() => numberOutline(snapshot.outline), [snapshot.outline]);
  const selected = selectedId === null ? undefined : snapshot.outline.find((n) => n.id === selectedId);
  const selectedDepth = selected ? depthOf(snapshot.outline, selected.id) : 1;
  // Contributor mode: a department's package is open; only its own sections may be edited.
  const contribution = snapshot.mode === 'contributor' ? snapshot.contribution : undefined;
  const lockedIds = useMemo(
    () => (contribution ? new Set(snapshot.outline.filter((n) => !contribution.editableSectionIds.includes(n.id)).map((n) => n.id)) : undefined),
    [contribution, snapshot.outline],
  );
  // The office writes comments; a department's package only answers them (main refuses the rest).
  blockComments.configure({
    canAdd: !snapshot.readOnly && contribution === undefined,
    // A department's comments live in the side space itself (no 部门分工 panel in a package): free it.
    openPanel: contribution === undefined ? () => setCollabOpen(true) : () => sidePanels.close(),
  });
  const sectionReadOnly = snapshot.readOnly || (contribution !== undefined && !(selected && contribution.editableSectionIds.includes(selected.id)));

  const askDelete = useCallback(
    (id: string) => {
      const node = snapshot.outline.find((n) => n.id === id);
      if (!node) return;
      setConfirmation({
        title: t('outline.delete'),
        message: t('outline.confirmDelete', { title: node.title }),
        confirmLabel: t('outline.delete'),
        danger: true,
        action: () => void outlineHistory.remove(id),
      });
    },
    [snapshot.outline, outlineHistory],
  );

  const select = useCallback(
    (id: string) => {
      setSelectedId(id);
      setRenamingId((r) => (r === id ? r : null));
      // In the whole-report view every section is on screen: selecting one scrolls to it.
      if (viewRef.current === 'whole') jumps.jump(id, id);
    },
    [jumps],
  );

  const { setView } = services;
  const openSingle = useCallback(
    (id: string) => {
      setSelectedId(id);
      setView('single');
    },
    [setView],
  );

  const saveAs = async (): Promise<void> => {
    try {
      const target = await api.dialog.pickSaveAsPath({ suggestedName: snapshot.settings.reportTitle });
      if (target === null) return;
      await coordinator.flushAll();
      const result = await api.project.saveAs({ file: target.handle });
      const current = await api.project.current({});
      if (current) setSnapshot(current);
      notices.push('info', t('saveAs.done', { path: result.path }));
    } catch (error) {
      notices.push('error', t('saveAs.failed', { message: errorMessage(error) }));
    }
  };

  const closeProject = async (force = false): Promise<void> => {
    const clean = await coordinator.flushAll();
    if (!clean && !force) {
      setConfirmation({
        title: t('menu.close'),
        message: t('close.unsavedConfirm'),
        confirmLabel: t('close.anyway'),
        danger: true,
        action: () => void closeProject(true),
      });
      return;
    }
    try {
      await api.project.close({});
      onClosed(null);
    } catch (error) {
      notices.push('error', t('close.failed', { message: errorMessage(error) }));
    }
  };

  const restoreRevision = async (revision: number): Promise<void> => {
    if (!selected) return;
    const id = selected.id;
    try {
      await coordinator.settle(id);
      await api.section.restore({ id, revision });
      setEditorNonce((n) => n + 1);
      setRestoreCount((n) => n + 1);
      setHistoryKey((k) => k + 1);
      numbering.scheduleRefresh();
      notices.push('info', t('history.restored', { revision }));
      const stats = await api.report.stats({});
      setSnapshot((s) => ({ ...s, stats }));
    } catch (error) {
      notices.push('error', t('history.restoreFailed', { message: errorMessage(error) }));
    }
  };

  const onSettingsSaved = (settings: ReportSettings): void => {
    setSnapshot((s) => ({ ...s, settings }));
    // A new numbering scheme renumbers every figure, table and case at once.
    void numbering.refresh();
    setSettingsOpen(false);
    notices.push('info', t('settings.saved'));
  };

  // A merge or its undo rewrote sections under the open editors: reload them and the numbers.
  const onContentReplaced = useCallback(
    (stats: OutlineChange['stats']) => {
      setSnapshot((s) => ({ ...s, stats }));
      setEditorNonce((n) => n + 1);
      setHistoryKey((k) => k + 1);
      numbering.scheduleRefresh();
    },
    [numbering],
  );

  // History (issue 15): previews compare with the text on screen; a section's version is put back
  // in its editor as one undo step; named versions of the whole report.
  const history = useHistoryActions({
    api,
    coordinator,
    findHub,
    notices,
    selectedId,
    canSaveVersions: !snapshot.readOnly && contribution === undefined,
    sectionReadOnly,
    afterEditorRestore: () => {
      setRestoreCount((n) => n + 1);
      setHistoryKey((k) => k + 1);
      numbering.scheduleRefresh();
    },
    restoreStored: restoreRevision,
    onContentReplaced,
  });

  // A new section (or a new copy of it after a restore or a merge) is shown from its top.
  const editorAreaRef = useRef<HTMLElement | null>(null);
  // (Not after every reload: a block copied from last year goes to the end, where the author is.)
  useScrollResetOn(editorAreaRef, services.view === 'single' ? `${selectedId ?? ''}:${restoreCount}` : null);

  // Copies one of last year's blocks to the end of this section: pending edits are written first,
  // then the editor reloads the section with the new block (as after a history restore).
  const copyFromPriorYear = async (blockId: string): Promise<void> => {
    if (!selected) return;
    const id = selected.id;
    try {
      if (!(await coordinator.settle(id))) throw new Error(t('editor.conflictReloaded'));
      const result = await api.priorYear.copyBlock({ id, blockId });
      setEditorNonce((n) => n + 1);
      setHistoryKey((k) => k + 1);
      numbering.scheduleRefresh();
      setSnapshot((s) => ({ ...s, stats: result.stats }));
      notices.push('info', t('priorYear.copied'));
      for (const warning of result.warnings) notices.push('error', warning);
    } catch (error) {
      notices.push('error', t('priorYear.copyFailed', { message: errorMessage(error) }));
    }
  };

  // 同比 with last year for one column of a carried table (same save-then-reload as copying).
  const compareWithPriorYear = async (tableId: string, colId: string): Promise<void> => {
    if (!selected) return;
    const id = selected.id;
    try {
      if (!(await coordinator.settle(id))) throw new Error(t('editor.conflictReloaded'));
      const result = await api.priorYear.compareColumn({ id, tableId, colId });
      setEditorNonce((n) => n + 1);
      setHistoryKey((k) => k + 1);
      setSnapshot((s) => ({ ...s, stats: result.stats }));
      notices.push('info', t('priorYear.compared', { filled: result.filled }));
    } catch (error) {
      notices.push('error', t('priorYear.compareFailed', { message: errorMessage(error) }));
    }
  };

  const sectionTitle = selected ? `${labels.get(selected.id) ?? ''}${selected.title}` : '';
  const problemsButton = useMemo(
    () => (
      <>
        <ProblemsButton open={problemsOpen} onToggle={() => setProblemsOpen((o) => !o)} />
        <PreflightButton live={preflight} open={preflightOpen} onToggle={() => setPreflightOpen((o) => !o)} />
      </>
    ),
    [problemsOpen, preflightOpen, preflight, setProblemsOpen, setPreflightOpen],
  );

  const screen = (
    <div className={`project-screen preset-${snapshot.settings.stylePreset}`} style={pageStyle(snapshot.settings)} data-testid="project-screen">
      <TitleBar
        reportTitle={snapshot.settings.reportTitle}
        path={snapshot.path}
        readOnly={snapshot.readOnly}
        historyOpen={historyOpen}
        onSaveAs={() => void saveAs()}
        onCloseProject={() => void closeProject()}
        onSettings={() => setSettingsOpen(true)}
        // A department's package keeps no history: the menu would only open on a refusal.
        onHistory={snapshot.mode === 'contributor' ? undefined : () => setHistoryOpen((o) => !o)}
      />
      <div className="ribbon">
        <div className="ribbon-format" ref={setRibbonSlot} />
        {selected || services.view === 'whole' ? null : <span className="ribbon-hint">{t('editor.noSection')}</span>}
        {contribution ? null : (
          <button type="button" className={`btn btn-small${collabOpen ? ' btn-primary' : ''}`} onClick={() => setCollabOpen((o) => !o)} data-testid="collab-toggle">
            {t('collab.open')}
          </button>
        )}
        {/* Exporting only reads, so a read-only report can be exported; a department's package is not a whole report. */}
        {contribution ? null : (
          <button type="button" className="btn btn-small" onClick={() => setExportOpen(true)} data-testid="export-open">
            {t('export.open')}
          </button>
        )}
        {contribution ? null : (
          <button type="button" className="btn btn-small" onClick={() => setStatementOpen(true)} title={t('statement.openHint')} data-testid="statement-open">
            {t('statement.open')}
          </button>
        )}
        {contribution ? null : (
          <button type="button" className="btn btn-small" onClick={() => setPreviewOpen(true)} data-testid="preview-open">
            {t('preview.open')}
          </button>
        )}
        {priorYear.info && !contribution ? (
          <button
            type="button"
            className={`btn btn-small${priorYear.open ? ' btn-primary' : ''}`}
            onClick={priorYear.toggle}
            title={t('priorYear.toggleHint')}
            data-testid="prior-year-toggle"
          >
            {t('priorYear.toggle')}
          </button>
        ) : null}
        <ViewModeToggle
          mode={services.view}
          onChange={(mode) => {
            services.setView(mode);
            // The whole report opens where the author was working.
            if (mode === 'whole' && selectedId !== null) jumps.jump(selectedId, selectedId);
          }}
        />
      </div>
      {snapshot.readOnly ? <ReadOnlyBanner reason={snapshot.readOnlyReason} holder={snapshot.lockHolder} /> : null}
      {contribution ? <ContributorBar contribution={contribution} flush={() => coordinator.flushAll()} notices={notices} /> : null}
      <div className="workspace">
        <LeftPane>
          <OutlinePane
            outline={snapshot.outline}
            deleted={snapshot.deleted}
            perNode={snapshot.stats.perNode}
            selectedId={selectedId}
            renamingId={renamingId}
            readOnly={snapshot.readOnly || contribution !== undefined}
            lockedIds={lockedIds}
            onSelect={select}
            onStartRename={setRenamingId}
            // The outline actions report their own failures (useOutlineActions' guard): nothing to await here.
            onRename={(id, title) => void actions.rename(id, title)}
            onAddChapter={() => void actions.addChapter()}
            onAddSection={() => void actions.addSection()}
            onDelete={askDelete}
            onRestore={(id) => void outlineHistory.restore(id)}
            onMove={(id, move) => void outlineHistory.move(id, move)}
            onKeyMove={(id, direction) => void outlineHistory.keyMove(id, direction)}
            onUndo={() => void outlineHistory.undo()}
            departmentNames={departmentNames}
            inViewId={services.view === 'whole' ? inViewId : null}
          />
        </LeftPane>
        <main className="editor-area" data-testid="editor-area" ref={editorAreaRef} data-zoom={zoom.zoom} style={{ ['--editor-zoom' as string]: zoom.zoom / 100 }}>
          <FindBar
            hub={findHub}
            currentId={selectedId}
            order={readingOrder}
            readOnly={snapshot.readOnly}
            sectionReadOnly={sectionReadOnly}
            reportReplace={contribution === undefined}
            flush={() => coordinator.flushAll()}
            open={select}
            onReportReplaced={onContentReplaced}
            // 全部替换 in this section: a 'replace' revision (查找替换), like the report-wide one.
            onSectionReplaced={(id) => coordinator.saveNextAs(id, 'replace')}
            notify={(kind, text) => notices.push(kind, text)}
          />
          {services.view === 'whole' ? (
            <WholeReportView
              key={editorNonce}
              outline={snapshot.outline}
              perNode={snapshot.stats.perNode}
              // In contributor mode the whole report is context to read; editing is section by section.
              readOnly={snapshot.readOnly || contribution !== undefined}
              coordinator={coordinator}
              sectionWords={sectionWords}
              ribbonSlot={ribbonSlot}
              activeId={selectedId}
              onActivate={setSelectedId}
              onOpenSingle={openSingle}
              onInView={setInViewId}
              preset={preset}
            />
          ) : selected && contribution && !contribution.editableSectionIds.includes(selected.id) ? (
            <ContextSection
              node={selected}
              numberLabel={labels.get(selected.id) ?? ''}
              depth={selectedDepth}
              department={contribution.department.name}
              own={contribution.editableSectionIds.map((id) => ({ id, label: `${labels.get(id) ?? ''}${snapshot.outline.find((n) => n.id === id)?.title ?? ''}` }))}
              onOpen={select}
            />
          ) : selected ? (
            <SectionEditor
              key={`${selected.id}:${editorNonce}`}
              nodeId={selected.id}
              numberLabel={labels.get(selected.id) ?? ''}
              title={selected.title}
              depth={selectedDepth}
              readOnly={sectionReadOnly}
              coordinator={coordinator}
              sectionWords={sectionWords}
              ribbonSlot={ribbonSlot}
            />
          ) : (
            <div className="editor-empty">{t('editor.noSection')}</div>
          )}
        </main>
        {historyOpen ? (
          <HistoryPanel
            sectionId={selected?.id ?? null}
            sectionTitle={sectionTitle}
            readOnly={snapshot.readOnly}
            refreshKey={historyKey}
            versionsKey={history.versionsKey}
            currentContent={history.currentContent}
            onRestore={history.restoreRevision}
            onRestoreVersion={history.restoreVersion}
            lastRestore={history.lastRestore}
            onUndoRestore={history.undoRestore}
            onSaveVersion={history.openSave}
            onClose={() => setHistoryOpen(false)}
          />
        ) : null}
        {collabOpen && !contribution ? (
          <CollaborationPanel
            selected={selected ?? null}
            readOnly={snapshot.readOnly}
            notices={notices}
            flush={() => coordinator.flushAll()}
            onOutlineChange={applyChange}
            onContentReplaced={onContentReplaced}
            onClose={() => setCollabOpen(false)}
          />
        ) : null}
        {contribution && sidePanels.open === null ? (
          <aside className="side-panel" aria-label={t('comments.title')}>
            {contribution.editableSectionIds.includes(selected?.id ?? '') ? null : <p className="side-panel-caption">{t('contrib.readOnlySection')}</p>}
            <CommentsPanel key={selected?.id ?? ''} nodeId={selected?.id ?? null} readOnly={snapshot.readOnly} canAdd={false} />
          </aside>
        ) : null}
        {priorYear.info && priorYear.open && !contribution ? (
          <PriorYearPanel
            sectionId={selected?.id ?? null}
            year={priorYear.info.year}
            readOnly={sectionReadOnly || services.view === 'whole'}
            onCopy={copyFromPriorYear}
            onCompare={compareWithPriorYear}
            onClose={priorYear.toggle}
          />
        ) : null}
        {problemsOpen ? <ProblemsPanel outline={snapshot.outline} onClose={() => setProblemsOpen(false)} /> : null}
        {preflightOpen ? (
          <PreflightPanel
            live={preflight}
            flush={() => coordinator.flushAll()}
            saveNextAs={(id, reason) => coordinator.saveNextAs(id, reason)}
            readOnly={snapshot.readOnly} contributor={contribution !== undefined} onClose={() => setPreflightOpen(false)} />
        ) : null}
      </div>
      {/* Between the workspace and the status bar, in the layout: notices never lie over a button. */}
      <NoticeArea notices={notices} />
      <StatusBar
        status={coordinator.status}
        sectionWords={sectionWords}
        reportWords={snapshot.stats.characters.words}
        path={snapshot.path}
        readOnly={snapshot.readOnly}
        extra={problemsButton}
        zoom={zoomControl}
      />
      {exportOpen && !contribution ? (
        <ExportDialog reportTitle={snapshot.settings.reportTitle} flush={() => coordinator.flushAll()} onClose={() => setExportOpen(false)} />
      ) : null}
      {previewOpen && !contribution ? (
        <PrintPreview reportTitle={snapshot.settings.reportTitle} flush={() => coordinator.flushAll()} onClose={() => setPreviewOpen(false)} />
      ) : null}
      {history.saveOpen ? (
        <SaveVersionDialog
          initialName={defaultVersionName(new Date())}
          title={t('history.saveVersionTitle')}
          confirmLabel={t('history.saveVersionTitle')}
          onSave={history.saveVersion}
          onClose={history.closeSave}
        />
      ) : null}
      {statementOpen && !contribution ? <StatementDialog onClose={() => setStatementOpen(false)} /> : null}
      {settingsOpen ? (
        <SettingsDialog settings={snapshot.settings} readOnly={snapshot.readOnly} onSaved={onSettingsSaved} onClose={() => setSettingsOpen(false)} />
      ) : null}
      {confirmation ? (
        <ConfirmDialog
          title={confirmation.title}
          message={confirmation.message}
          confirmLabel={confirmation.confirmLabel}
          danger={confirmation.danger}
          onCancel={() => setConfirmation(null)}
          onConfirm={() => {
            setConfirmation(null);
            confirmation.action();
          }}
        />
      ) : null}
    </div>
  );
  return (
    <NumberingProvider store={numbering}>
      <ReportUiProvider value={services.ui}>
        <BlockCommentsProvider hub={blockComments}>
          <PreflightProvider value={preflight}>
            <FindHubProvider value={findHub}>{screen}</FindHubProvider>
          </PreflightProvider>
        </BlockCommentsProvider>
      </ReportUiProvider>
    </NumberingProvider>
  );
}
