/**
 * The outline's keyboard moves (Alt+Shift+↑/↓) and its Ctrl+Z: wraps the outline actions so that
 * every move and deletion made in the outline can be undone there, last first. Moves, deletions,
 * restores and undos go through one queue (move-queue.ts): each is computed from the outline main
 * gave back for the one before, so keys pressed faster than the pane redraws all count.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { OutlineNode } from '../../../shared/model/outline';
import { t } from '../../../shared/i18n';
import type { OutlineActions } from '../project/use-outline-actions';
import type { Notices } from '../ui/notices';
import type { OutlineMove } from './drop-plan';
import { currentPlace, keyboardMove } from './keyboard-move';
import { OutlineMoveQueue, type Outline } from './move-queue';
import { OutlineUndoStack } from './outline-undo';

export interface OutlineHistory {
  move(id: string, move: OutlineMove): Promise<void>;
  keyMove(id: string, direction: 'up' | 'down'): Promise<void>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  undo(): Promise<void>;
}

export function useOutlineHistory(outline: readonly OutlineNode[], actions: OutlineActions, notices: Notices): OutlineHistory {
  const [stack] = useState(() => new OutlineUndoStack());
  const [queue] = useState(() => new OutlineMoveQueue(outline));
  queue.observe(outline);
  // The actions of the latest render (they close over the latest selection), read when a step runs.
  const actionsRef = useRef(actions);
  actionsRef.current = actions;

  const moveFrom = useCallback(
    async (current: Outline, id: string, to: OutlineMove): Promise<Outline | null> => {
      const back = currentPlace(current, id);
      const change = await actionsRef.current.move(id, to);
      if (change && back) stack.push({ kind: 'move', id, back });
      return change?.outline ?? null;
    },
    [stack],
  );

  // A drag is planned on the outline as drawn, which is what the user saw and aimed at.
  const move = useCallback((id: string, to: OutlineMove): Promise<void> => queue.run((current) => moveFrom(current, id, to)), [queue, moveFrom]);

  const keyMove = useCallback(
    (id: string, direction: 'up' | 'down'): Promise<void> =>
      queue.run(async (current) => {
        const to = keyboardMove(current, id, direction);
        return to ? moveFrom(current, id, to) : null;
      }),
    [queue, moveFrom],
  );

  const remove = useCallback(
    (id: string): Promise<void> =>
      queue.run(async () => {
        const change = await actionsRef.current.remove(id);
        if (change) stack.push({ kind: 'delete', id });
        return change?.outline ?? null;
      }),
    [queue, stack],
  );

  const restore = useCallback(
    (id: string): Promise<void> =>
      queue.run(async () => {
        stack.forget(id);
        return (await actionsRef.current.restore(id))?.outline ?? null;
      }),
    [queue, stack],
  );

  const undo = useCallback(
    (): Promise<void> =>
      queue.run(async () => {
        const entry = stack.pop();
        if (entry === null) {
          notices.push('info', t('outline.nothingToUndo'));
          return null;
        }
        if (entry.kind === 'move') {
          const change = await actionsRef.current.move(entry.id, entry.back);
          if (change) notices.push('info', t('outline.undoMove'));
          return change?.outline ?? null;
        }
        const change = await actionsRef.current.restore(entry.id);
        if (change) notices.push('info', t('outline.undoDelete'));
        return change?.outline ?? null;
      }),
    [notices, queue, stack],
  );

  return useMemo(() => ({ move, keyMove, remove, restore, undo }), [move, keyMove, remove, restore, undo]);
}
