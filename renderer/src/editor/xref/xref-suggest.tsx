/**
 * The small popup under the caret offering references while the author types 见表 / 如图 / 见案例.
 * The keyboard stays in the text: ↑↓ choose, Enter or Tab inserts, Esc dismisses, and any other
 * typing simply continues (the popup follows or disappears).
 */
import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { ReactEditor, useFocused, useSlateSelector, useSlateStatic } from 'slate-react';
import { t } from '../../../../shared/i18n';
import { useReportNumbering } from '../../numbering/numbering-context';
import { useStore } from '../../state/store';
import type { SectionEditorInstance } from '../section-editor-type';
import { rankCandidates } from './reference-cue';
import { acceptSuggestion, readCue, sameCue } from './xref-commands';
import { updateXrefUi, xrefUi, type Suggestion } from './xref-ui-state';

function SuggestPopup({ editor, suggestion }: { readonly editor: SectionEditorInstance; readonly suggestion: Suggestion }) {
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const { path, start } = suggestion.cue;

  useLayoutEffect(() => {
    try {
      const point = { path, offset: start };
      const rect = ReactEditor.toDOMRange(editor, { anchor: point, focus: point }).getBoundingClientRect();
      setPosition({ left: Math.round(rect.left), top: Math.round(rect.bottom + 4) });
    } catch {
      // The DOM has not caught up with the value yet: keep the previous position.
    }
  }, [editor, path, start, suggestion]);

  if (!position) return null;
  return createPortal(
    <div className="xref-suggest" style={{ left: position.left, top: position.top }} role="listbox" data-testid="xref-suggest">
      {suggestion.candidates.map((c, i) => (
        <div
          key={c.id}
          role="option"
          aria-selected={i === suggestion.index}
          className={`xref-suggest-item ${i === suggestion.index ? 'is-active' : ''}`}
          data-testid="xref-suggest-item"
          // The text keeps the focus (and the caret) while choosing with the mouse.
          onMouseDown={(event) => {
            event.preventDefault();
            acceptSuggestion(editor, i);
          }}
        >
          <span className="xref-suggest-label">{c.label}</span>
          <span className="xref-suggest-caption">{c.caption}</span>
        </div>
      ))}
      <div className="xref-suggest-hint">{t('xref.suggestHint')}</div>
    </div>,
    document.body,
  );
}

export function XrefSuggest({ nodeId, readOnly }: { readonly nodeId: string; readonly readOnly: boolean }) {
  const editor = useSlateStatic() as SectionEditorInstance;
  // Re-renders only when the cue itself changes, not on every keystroke.
  const cue = useSlateSelector(readCue, sameCue);
  const focused = useFocused();
  const { structures } = useReportNumbering();
  const { suggestion } = useStore(xrefUi(editor));

  // A layout effect: the key handler must see the offer before the next key can arrive.
  useLayoutEffect(() => {
    const { dismissed } = xrefUi(editor).get();
    if (!cue || readOnly || !focused) {
      updateXrefUi(editor, { suggestion: null, dismissed: cue ? dismissed : null });
      return;
    }
    if (dismissed === cue.key) return;
    const candidates = rankCandidates(structures, cue, nodeId);
    updateXrefUi(editor, { suggestion: candidates.length > 0 ? { cue, candidates, index: 0 } : null });
  }, [editor, cue, structures, nodeId, readOnly, focused]);

  return suggestion ? <SuggestPopup editor={editor} suggestion={suggestion} /> : null;
}
