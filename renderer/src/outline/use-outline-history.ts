/**
 * The outline's keyboard moves (Alt+Shift+↑/↓) and its Ctrl+Z: wraps the outline actions so that
 * every move and deletion made in the outline can be undone there, last first.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { OutlineNode } from '../../../shared/model/outline';
import { t } from '../../../shared/i18n';
import type { OutlineActions } from '../project/use-outline-actions';
import type { Notices } from '../ui/notices';
import type { OutlineMove } from './drop-plan';
import { currentPlace, keyboardMove } from './keyboard-move';
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
  const outlineRef = useRef(outline);
  outlineRef.current = outline;

  const move = useCallback(
    async (id: string, to: OutlineMove): Promise<void> => {
      const back = currentPlace(outlineRef.current, id);
      await actions.move(id, to);
      if (back) stack.push({ kind: 'move', id, back });
    },
    [actions, stack],
  );

  const keyMove = useCallback(
    async (id: string, direction: 'up' | 'down'): Promise<void> => {
      const to = keyboardMove(outlineRef.current, id, direction);
      if (to) await move(id, to);
    },
    [move],
  );

  const remove = useCallback(
    async (id: string): Promise<void> => {
      await actions.remove(id);
      stack.push({ kind: 'delete', id });
    },
    [actions, stack],
  );

  const restore = useCallback(
    async (id: string): Promise<void> => {
      stack.forget(id);
      await actions.restore(id);
    },
    [actions, stack],
  );

  const undo = useCallback(async (): Promise<void> => {
    const entry = stack.pop();
    if (entry === null) {
      notices.push('info', t('outline.nothingToUndo'));
      return;
    }
    if (entry.kind === 'move') {
      await actions.move(entry.id, entry.back);
      notices.push('info', t('outline.undoMove'));
    } else {
      await actions.restore(entry.id);
      notices.push('info', t('outline.undoDelete'));
    }
  }, [actions, notices, stack]);

  return useMemo(() => ({ move, keyMove, remove, restore, undo }), [move, keyMove, remove, restore, undo]);
}
