/**
 * The 校对 panel's requests carried out by the editor of the finding's section: 定位 selects the
 * excerpt itself (after the block jump has scrolled to and flashed its block), 修改 applies the
 * fix as one undo step (apply-fix.ts) and selects the result. The panel then writes it at once, so
 * the fix is one revision of its own.
 */
import { useEffect } from 'react';
import { Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { t } from '../../../shared/i18n';
import type { SectionEditorInstance } from '../editor/section-editor-type';
import { useNumberingStoreHandle } from '../numbering/numbering-context';
import { applyFix, locateFinding } from './apply-fix';
import { usePreflightLive } from './preflight-context';
import type { FindingRequest } from './preflight-live';

function carryOut(editor: SectionEditorInstance, request: FindingRequest, readOnly: boolean, labelOf: (id: string) => string | null): void {
  const { finding } = request;
  if (request.action === 'fix') {
    if (readOnly) {
      request.done({ ok: false, reason: t('preflight.fixReadOnly') });
      return;
    }
    const outcome = applyFix(editor, finding, labelOf);
    if (!outcome.ok) {
      request.done({ ok: false, reason: t(outcome.reason === 'stale' ? 'preflight.fixStale' : 'preflight.fixUnsupported') });
      return;
    }
    ReactEditor.focus(editor);
    // Slate hands the change to autosave in its onChange, after this task: answer after it.
    window.setTimeout(() => request.done({ ok: true }), 0);
    return;
  }
  const located = locateFinding(editor, finding, labelOf);
  if (located?.kind === 'inline' && located.text === finding.excerpt) {
    Transforms.select(editor, located.range);
    ReactEditor.focus(editor);
    request.done({ ok: true });
    return;
  }
  // A caption or title field, or text changed since the check: the block jump showed the block.
  request.done({ ok: located !== null, reason: located === null ? t('preflight.fixStale') : undefined });
}

export function usePreflightEditor(editor: SectionEditorInstance, nodeId: string, readOnly: boolean): void {
  const live = usePreflightLive();
  const numbering = useNumberingStoreHandle();
  useEffect(() => {
    if (live === null) return undefined;
    let frame = 0;
    const check = (): void => {
      const request = live.requests.get();
      if (request === null || request.nodeId !== nodeId) return;
      cancelAnimationFrame(frame);
      // After the block jump (requested just before, carried out in the frame before this one).
      frame = requestAnimationFrame(() => {
        if (live.consume(request.seq)) carryOut(editor, request, readOnly, numbering.index.get().labelOf);
      });
    };
    check();
    const unsubscribe = live.requests.subscribe(check);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [editor, live, nodeId, readOnly, numbering]);
}
