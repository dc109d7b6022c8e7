/**
 * Wires the arrow keys that cross section boundaries (cross-section-keys.ts) into the 全文 view:
 * handlers for the view's container, seeing every section editor's keydown before (capture) and
 * after (bubble) the editor's own handlers.
 */
import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react';
import { ReactEditor } from 'slate-react';
import type { SectionEditorInstance } from '../editor/section-editor-type';
import { crossTarget, decideCrossSectionMove, type CrossMove, type SectionReach } from './cross-section-keys';
import { editorOfElement, measureCaret, placeCaret } from './cross-section-dom';

/** How long to wait for a section being mounted to show its editor before giving up. */
const MOUNT_WAIT_FRAMES = 120;

interface Pending {
  readonly event: Event;
  readonly move: CrossMove;
  readonly fromId: string;
  readonly editor: SectionEditorInstance;
  readonly x: number | null;
}

export interface CrossSectionKeys {
  readonly onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

function sectionElement(root: HTMLElement, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-testid="whole-section"][data-node-id="${CSS.escape(id)}"]`);
}

function editableOf(section: HTMLElement): HTMLElement | null {
  return section.querySelector<HTMLElement>('[data-slate-editor="true"]');
}

function reachOf(root: HTMLElement, id: string): SectionReach {
  const section = sectionElement(root, id);
  if (!section) return 'unreachable';
  const editable = editableOf(section);
  if (editable) return editable.isContentEditable ? 'editable' : 'unreachable';
  return section.querySelector('[data-lazy-id]') ? 'unmounted' : 'unreachable';
}

/**
 * `order`: the sections' ids in reading order; `ensure` mounts a section now (use-lazy-mount.ts).
 */
export function useCrossSectionKeys(order: readonly string[], ensure: (id: string) => void): CrossSectionKeys {
  const pending = useRef<Pending | null>(null);

  const cross = useCallback(
    (root: HTMLElement, fromId: string, source: SectionEditorInstance, move: CrossMove, x: number | null) => {
      let from = fromId;
      const go = (): void => {
        const target = crossTarget(order, from, move.direction, (id) => reachOf(root, id));
        if (!target) return;
        const section = sectionElement(root, target);
        if (!section) return;
        const editable = editableOf(section);
        if (editable) {
          placeCaret(editable, move.landing, move.keepColumn ? x : null, source);
          return;
        }
        // Not mounted yet: mount it and bring it near, then enter it once its editor is there.
        ensure(target);
        section.scrollIntoView({ block: 'nearest' });
        let frames = 0;
        const wait = (): void => {
          const mounted = editableOf(section);
          if (mounted && editorOfElement(mounted)) {
            if (mounted.isContentEditable) placeCaret(mounted, move.landing, move.keepColumn ? x : null, source);
            else {
              // Mounted read-only after all: go on past it.
              from = target;
              go();
            }
            return;
          }
          frames += 1;
          if (frames < MOUNT_WAIT_FRAMES) requestAnimationFrame(wait);
        };
        requestAnimationFrame(wait);
      };
      go();
    },
    [order, ensure],
  );

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      pending.current = null;
      if (!event.key.startsWith('Arrow')) return;
      const target = event.target;
      // Only keys typed into a section's own editable (not a caption field, a dialog, a button).
      if (!(target instanceof HTMLElement) || target.dataset.slateEditor !== 'true' || !target.isContentEditable) return;
      const fromId = target.dataset.sectionId;
      const editor = editorOfElement(target);
      if (!fromId || !editor || ReactEditor.isComposing(editor)) return;
      const measured = measureCaret(editor);
      if (!measured) return;
      const move = decideCrossSectionMove(
        {
          key: event.key,
          shiftKey: event.shiftKey,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          isComposing: event.nativeEvent.isComposing,
          keyCode: event.keyCode,
        },
        measured.facts,
      );
      if (!move) return;
      const root = event.currentTarget;
      if (move.phase === 'before-editor') {
        // The editor would step a character (nothing, at its edge) and keep the key: it is ours.
        event.preventDefault();
        event.stopPropagation();
        cross(root, fromId, editor, move, null);
        return;
      }
      pending.current = { event: event.nativeEvent, move, fromId, editor, x: move.keepColumn ? measured.x : null };
    },
    [cross],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const waiting = pending.current;
      pending.current = null;
      // A table cell, a case box or the reference suggestions took the key: it stays theirs.
      if (!waiting || waiting.event !== event.nativeEvent || event.defaultPrevented) return;
      event.preventDefault();
      cross(event.currentTarget, waiting.fromId, waiting.editor, waiting.move, waiting.x);
    },
    [cross],
  );

  return useMemo(() => ({ onKeyDownCapture, onKeyDown }), [onKeyDownCapture, onKeyDown]);
}
