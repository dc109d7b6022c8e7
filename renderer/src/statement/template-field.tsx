/**
 * The statement sentence with its fields shown as chips (单位名称, 报告标题, 年度) instead of
 * `{unit}`, `{title}`, `{year}`, which read as code to the office staff who edit it. The stored
 * sentence keeps the placeholders; this field only shows and edits them as whole chips: a chip is
 * inserted with its button, deleted as one piece, and never typed into.
 *
 * Uncontrolled contenteditable: React would reset the caret on every keystroke, so the DOM is
 * rebuilt only when the value changes from outside (恢复默认) or the field is left.
 */
import { useEffect, useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { t } from '../../../shared/i18n';

export const TEMPLATE_FIELDS = [
  { token: 'unit', label: '单位名称' },
  { token: 'title', label: '报告标题' },
  { token: 'year', label: '年度' },
] as const;

const LABEL = new Map<string, string>(TEMPLATE_FIELDS.map((f) => [f.token, f.label]));

function chip(token: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'template-chip';
  span.contentEditable = 'false';
  span.dataset.token = token;
  span.textContent = LABEL.get(token) ?? token;
  return span;
}

/** The sentence as nodes: text, and a chip for each known placeholder. */
function nodesOf(value: string): Node[] {
  return value
    .split(/(\{(?:unit|title|year)\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const token = /^\{(unit|title|year)\}$/.exec(part)?.[1];
      return token ? chip(token) : document.createTextNode(part);
    });
}

/** The field's content back as the stored sentence. */
function valueOf(root: Node): string {
  let out = '';
  root.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) out += (node.textContent ?? '').replace(/[\u200b\n]/g, '');
    else if (node instanceof HTMLElement && node.dataset.token) out += `{${node.dataset.token}}`;
    else out += valueOf(node);
  });
  return out;
}

interface TemplateFieldProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
  readonly disabled: boolean;
  readonly invalid: boolean;
  readonly autoFocus: boolean;
  readonly maxLength: number;
}

export function TemplateField({ value, onChange, onBlur, disabled, invalid, autoFocus, maxLength }: TemplateFieldProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || shown.current === value) return;
    el.replaceChildren(...nodesOf(value));
    shown.current = value;
  }, [value]);

  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);

  const report = (): void => {
    const el = ref.current;
    if (!el) return;
    let next = valueOf(el);
    if (next.length > maxLength) {
      next = next.slice(0, maxLength);
      el.replaceChildren(...nodesOf(next));
    }
    shown.current = next;
    onChange(next);
  };

  const insert = (token: string): void => {
    const el = ref.current;
    if (!el || disabled) return;
    el.focus();
    const selection = window.getSelection();
    let range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (!range || !el.contains(range.commonAncestorContainer)) {
      range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
    }
    range.deleteContents();
    const node = chip(token);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
    report();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // One sentence: a new paragraph comes after each “。” by itself (see the hint).
    if (event.key === 'Enter') event.preventDefault();
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>): void => {
    event.preventDefault();
    document.execCommand('insertText', false, event.clipboardData.getData('text/plain').replace(/\s*\n\s*/g, ''));
  };

  return (
    <>
      <div
        ref={ref}
        className={`input statement-template template-field${disabled ? ' is-disabled' : ''}`}
        role="textbox"
        aria-multiline="false"
        aria-label={t('statement.template')}
        aria-disabled={disabled}
        aria-invalid={invalid}
        contentEditable={!disabled}
        suppressContentEditableWarning
        onInput={report}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onBlur={() => {
          // Placeholders typed by hand ({unit}) become chips once the field is left.
          const el = ref.current;
          if (el) el.replaceChildren(...nodesOf(valueOf(el)));
          onBlur();
        }}
        data-testid="statement-template"
      />
      <span className="template-insert">
        {t('statement.insertField')}
        {TEMPLATE_FIELDS.map((f) => (
          <button key={f.token} type="button" className="btn btn-small template-chip-button" disabled={disabled} onMouseDown={(e) => e.preventDefault()} onClick={() => insert(f.token)} data-testid={`template-insert-${f.token}`}>
            {f.label}
          </button>
        ))}
      </span>
    </>
  );
}
