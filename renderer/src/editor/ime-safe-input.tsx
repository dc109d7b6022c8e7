/**
 * A one-line text field inside the editor (case title, figure caption and source). Why an
 * <input> and not editable text: these strings are properties of their block in the content
 * model, and an <input> inside a contentEditable={false} island is the one place where a Chinese
 * IME works natively, untouched by Slate (Slate ignores events whose target is a nested input).
 *
 * While the IME composes, the pinyin stays local; only committed text reaches the document, so
 * undo history and autosave never see "gaozhi" on its way to “高职”.
 *
 * The field's text is its own (`draft`); `value` is what the document has. Each commit comes back
 * as a new `value` a render later, and on a loaded machine that echo can arrive after the author
 * has typed on (the commit at compositionend, then more words): taken as a change from elsewhere,
 * it would put the older text back into the field and the next keystroke would commit without
 * what came in between. So a `value` that is one of this field's own commits on their way back is
 * not copied into the field; any other `value` (undo, another view of the block) is.
 */
import { forwardRef, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CommitEchoes } from './commit-echoes';
import { fieldWidthEm } from './field-width';

export interface ImeSafeInputProps {
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly placeholder?: string;
  readonly className?: string;
  /** Grow with the text (centred fields that should hug their words), instead of a fixed width. */
  readonly autoSize?: boolean;
  readonly readOnly?: boolean;
  readonly maxLength?: number;
  readonly ariaLabel: string;
  readonly testId?: string;
  /** Enter or ArrowDown (not while composing): usually "go on to the text below". */
  readonly onLeave?: (key: 'Enter' | 'ArrowDown' | 'ArrowUp') => void;
}

export const ImeSafeInput = forwardRef<HTMLInputElement, ImeSafeInputProps>(function ImeSafeInput(props, ref) {
  const { value, onCommit, onLeave } = props;
  const [draft, setDraft] = useState(value);
  const composing = useRef(false);
  const echoes = useRef(new CommitEchoes());

  const commit = (text: string): void => {
    echoes.current.sent(text);
    onCommit(text);
  };

  // Follow changes made elsewhere (undo, another view of the same block), never mid-composition.
  useEffect(() => {
    if (echoes.current.isEcho(value)) return;
    if (!composing.current) setDraft(value);
  }, [value]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing || composing.current) return;
    if ((event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'ArrowUp') && onLeave && !event.shiftKey) {
      event.preventDefault();
      onLeave(event.key);
    }
  };

  return (
    <input
      ref={ref}
      type="text"
      className={props.className}
      style={props.autoSize ? { width: `${fieldWidthEm(draft, props.placeholder ?? '')}em` } : undefined}
      value={draft}
      placeholder={props.placeholder}
      readOnly={props.readOnly}
      maxLength={props.maxLength}
      aria-label={props.ariaLabel}
      data-testid={props.testId}
      spellCheck={false}
      onChange={(event) => {
        setDraft(event.target.value);
        if (!composing.current) commit(event.target.value);
      }}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        commit(event.currentTarget.value);
      }}
      onKeyDown={onKeyDown}
      // Slate's click handler would select the enclosing void block again, which moves the
      // page's selection, and with it the keyboard, back into the text: what is typed next is
      // lost. The field handles its own clicks (see also ./field-focus.ts).
      onClick={(event) => event.stopPropagation()}
    />
  );
});
