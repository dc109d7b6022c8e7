/**
 * Outline operations (add, rename, delete, restore, move) as calls to main, each applying the
 * outline main sends back, so the pane always shows what is stored. Failures become notices.
 */
import { useCallback } from 'react';
import type { OutlineChange } from '../../../shared/ipc/contract';
import { outlineInOrder, type OutlineNode } from '../../../shared/model/outline';
import { t } from '../../../shared/i18n';
import type { SaveCoordinator } from '../autosave/save-coordinator';
import { useApi } from '../ipc/api-context';
import { errorMessage } from '../ipc/error-message';
import type { Notices } from '../ui/notices';
import type { OutlineMove } from '../outline/drop-plan';

export interface OutlineActionsDeps {
  readonly outline: readonly OutlineNode[];
  readonly selectedId: string | null;
  readonly coordinator: SaveCoordinator;
  readonly notices: Notices;
  readonly applyChange: (change: OutlineChange) => void;
  readonly select: (id: string | null) => void;
  readonly startRename: (id: string | null) => void;
}

export interface OutlineActions {
  addChapter(): Promise<void>;
  addSection(): Promise<void>;
  rename(id: string, title: string): Promise<void>;
  // The outline operations give main's answer (null when they failed: the notice says why), so a
  // queued step can go on from the outline main has now rather than the one still drawn.
  remove(id: string): Promise<OutlineChange | null>;
  restore(id: string): Promise<OutlineChange | null>;
  move(id: string, move: OutlineMove): Promise<OutlineChange | null>;
}

function subtreeIds(outline: readonly OutlineNode[], id: string): Set<string> {
  const ids = new Set([id]);
  for (const node of outlineInOrder(outline)) if (node.parentId !== null && ids.has(node.parentId)) ids.add(node.id);
  return ids;
}

export function useOutlineActions({ outline, selectedId, coordinator, notices, applyChange, select, startRename }: OutlineActionsDeps): OutlineActions {
  const api = useApi();

  const guard = useCallback(
    async <T,>(what: string, fn: () => Promise<T>): Promise<T | null> => {
      try {
        return await fn();
      } catch (error) {
        notices.push('error', t('outline.failed', { what, message: errorMessage(error) }));
        return null;
      }
    },
    [notices],
  );

  const selected = selectedId === null ? undefined : outline.find((n) => n.id === selectedId);

  const addChapter = useCallback(
    async () => {
      await guard(t('outline.addChapter'), async () => {
        // A new chapter goes after the chapter being worked on, as Word inserts after the cursor.
        const chapterId = selected ? (selected.parentId ?? selected.id) : null;
        const change = await api.outline.add({ parentId: null, afterId: chapterId, title: t('outline.newChapter') });
        applyChange(change);
        select(change.id);
        startRename(change.id);
      });
    },
    [api, guard, selected, applyChange, select, startRename],
  );

  const addSection = useCallback(
    async () => {
      await guard(t('outline.addSection'), async () => {
        if (!selected) return;
        const parentId = selected.parentId ?? selected.id;
        const afterId = selected.parentId === null ? null : selected.id;
        const change = await api.outline.add({ parentId, afterId, title: t('outline.newSection') });
        applyChange(change);
        select(change.id);
        startRename(change.id);
      });
    },
    [api, guard, selected, applyChange, select, startRename],
  );

  const rename = useCallback(
    async (id: string, title: string) => {
      await guard(t('outline.rename'), async () => {
        startRename(null);
        applyChange(await api.outline.rename({ id, title }));
      });
    },
    [api, guard, applyChange, startRename],
  );

  const remove = useCallback(
    (id: string) =>
      guard(t('outline.delete'), async () => {
        const doomed = subtreeIds(outline, id);
        // Edits still on their way must land first: a deleted section can no longer be saved.
        await Promise.all([...doomed].map((sid) => coordinator.settle(sid)));
        const change = await api.outline.delete({ id });
        for (const sid of doomed) coordinator.discard(sid);
        if (selectedId !== null && doomed.has(selectedId)) {
          const order = outlineInOrder(outline);
          const index = order.findIndex((n) => n.id === id);
          const survivors = new Set(change.outline.map((n) => n.id));
          const next = [...order.slice(index + 1), ...order.slice(0, index).reverse()].find((n) => survivors.has(n.id));
          select(next?.id ?? null);
        }
        applyChange(change);
        return change;
      }),
    [api, guard, outline, selectedId, coordinator, applyChange, select],
  );

  const restore = useCallback(
    (id: string) =>
      guard(t('outline.restore'), async () => {
        const change = await api.outline.restore({ id });
        applyChange(change);
        select(id);
        return change;
      }),
    [api, guard, applyChange, select],
  );

  const move = useCallback(
    (id: string, target: OutlineMove) =>
      guard(t('outline.move'), async () => {
        const change = await api.outline.move({ id, parentId: target.parentId, index: target.index });
        applyChange(change);
        return change;
      }),
    [api, guard, applyChange],
  );

  return { addChapter, addSection, rename, remove, restore, move };
}
