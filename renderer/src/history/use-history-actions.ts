/**
 * What the project screen does for the history (issue 15): the current text a preview compares
 * against, restoring a section's revision in the open editor as one undo step (saved as a
 * 'restore' revision), restoring and un-restoring a named version of the whole report, and
 * 保存版本 with its shortcut Ctrl+Alt+S (free: the editor's Ctrl+Alt shortcut is M, for 批注).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Api, ReportStats } from '../../../shared/ipc/contract';
import type { ReportVersionInfo } from '../../../shared/history/version-types';
import type { SectionContent } from '../../../shared/model/document';
import { replaceEditorContent } from '../../../shared/editor/replace-content';
import { t } from '../../../shared/i18n';
import type { SaveCoordinator } from '../autosave/save-coordinator';
import type { FindHub } from '../find/find-hub';
import { errorMessage } from '../ipc/error-message';
import type { Notices } from '../ui/notices';
import type { LastReportRestore } from '../project/history-panel';

interface HistoryDeps {
  readonly api: Api;
  readonly coordinator: SaveCoordinator;
  readonly findHub: FindHub;
  readonly notices: Notices;
  readonly selectedId: string | null;
  /** The project is read-only or a package: no versions to save. */
  readonly canSaveVersions: boolean;
  readonly sectionReadOnly: boolean;
  /** A section's content was replaced in the editor: scroll to its top, refresh the list and numbers. */
  readonly afterEditorRestore: () => void;
  /** The old way, when no editor of the section is open: main restores, the editor reloads. */
  readonly restoreStored: (revision: number) => Promise<void>;
  /** Main replaced sections' content: reload the editors, numbers and stats. */
  readonly onContentReplaced: (stats: ReportStats) => void;
}

export function useHistoryActions(deps: HistoryDeps) {
  const { api, coordinator, findHub, notices, selectedId, canSaveVersions, sectionReadOnly, afterEditorRestore, restoreStored, onContentReplaced } = deps;
  const [lastRestore, setLastRestore] = useState<LastReportRestore | null>(null);
  const [saveOpen, setSaveOpen] = useState(false);
  const [versionsKey, setVersionsKey] = useState(0);

  const currentContent = useCallback(
    async (id: string): Promise<SectionContent> => {
      const editor = findHub.editorOf(id);
      if (editor) return editor.children as SectionContent;
      await coordinator.settle(id);
      return (await api.section.load({ id })).content;
    },
    [api, coordinator, findHub],
  );

  const restoreRevision = async (revision: number, content: SectionContent): Promise<void> => {
    if (selectedId === null) return;
    const id = selectedId;
    const editor = findHub.editorOf(id);
    if (!editor || sectionReadOnly) {
      await restoreStored(revision);
      return;
    }
    // The next save of the section is the restore: a 'restore' revision (SaveCoordinator.saveNextAs).
    coordinator.saveNextAs(id, 'restore');
    replaceEditorContent(editor, content);
    // Slate reports the change to the autosave queue after this task; then it is written at once.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const clean = await coordinator.settle(id);
    afterEditorRestore();
    if (clean) notices.push('info', t('history.restoreInEditor', { revision }));
  };

  const restoreVersion = async (version: ReportVersionInfo): Promise<void> => {
    try {
      await coordinator.flushAll();
      const result = await api.versions.restore({ id: version.id });
      const count = Object.keys(result.restored).length;
      setLastRestore(count > 0 ? { name: version.name, restored: result.restored, previous: result.previous } : null);
      onContentReplaced(result.stats);
      notices.push('info', count > 0 ? t('history.restoredVersion', { name: version.name, count }) : t('history.restoredNothing', { name: version.name }));
      if (result.skipped.length > 0) notices.push('error', t('history.restoredSkipped', { titles: result.skipped.join('、') }));
    } catch (error) {
      notices.push('error', t('history.restoreFailed', { message: errorMessage(error) }));
    }
  };

  const undoRestore = async (): Promise<void> => {
    if (!lastRestore) return;
    try {
      await coordinator.flushAll();
      const result = await api.versions.undoRestore({ restored: lastRestore.restored, previous: lastRestore.previous });
      setLastRestore(null);
      onContentReplaced(result.stats);
      notices.push('info', t('history.undoneRestore'));
    } catch (error) {
      notices.push('error', t('history.undoRestoreFailed', { message: errorMessage(error) }));
    }
  };

  const saveVersion = async (name: string): Promise<void> => {
    try {
      // Every section's text at this moment: what is typed but not yet written goes first.
      await coordinator.flushAll();
      const saved = await api.versions.save({ name });
      setSaveOpen(false);
      setVersionsKey((k) => k + 1);
      notices.push('info', t('history.versionSaved', { name: saved.name }));
    } catch (error) {
      notices.push('error', t('history.versionSaveFailed', { message: errorMessage(error) }));
    }
  };

  useEffect(() => {
    if (!canSaveVersions) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's')) {
        event.preventDefault();
        setSaveOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canSaveVersions]);

  return {
    currentContent,
    restoreRevision,
    restoreVersion,
    undoRestore,
    lastRestore,
    saveVersion,
    saveOpen,
    openSave: () => setSaveOpen(true),
    closeSave: () => setSaveOpen(false),
    versionsKey,
  };
}
