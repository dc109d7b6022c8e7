import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../../../shared/i18n';

interface ModalProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly width?: number;
  readonly testId?: string;
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Tab and Shift+Tab go round inside the dialog, as in a native one: with aria-modal the page behind
 * is not there for a screen reader, so focus must not wander into it either.
 */
function keepTabInside(box: HTMLElement, event: KeyboardEvent): void {
  const focusable = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
  if (focusable.length === 0) return;
  const first = focusable[0] as HTMLElement;
  const last = focusable[focusable.length - 1] as HTMLElement;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !box.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !box.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * A dialog over the window. Esc or × closes it; the first field (or button) takes focus so keyboard
 * users can type at once, as in a native dialog, and Tab stays inside it. When it closes, focus
 * goes back to the field or button that had it (not to an editor: focusing a contenteditable would
 * move its caret, and the editor restores its own selection).
 */
export function Modal({ title, onClose, children, footer, width = 460, testId }: ModalProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button:not(.modal-close)');
    first?.focus();
    return () => {
      // Only when nobody has moved focus since (it fell back to the page as the dialog went away).
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && before !== null && before.isConnected && !before.isContentEditable) before.focus();
    };
  }, []);
  return (
    // No close on a click outside: a stray click must not throw away a half-filled form.
    <div className="modal-backdrop">
      <div
        ref={box}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        style={{ width }}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          } else if (e.key === 'Tab' && box.current !== null) {
            keepTabInside(box.current, e);
          }
        }}
      >
        <div className="modal-header">
          <h2 className="modal-title">{title}</h2>
          <button type="button" className="modal-close" aria-label={t('common.close')} onClick={onClose}>
            ×
          </button>
        </div>
        <div className="modal-body">{children}</div>
        {footer ? <div className="modal-footer">{footer}</div> : null}
      </div>
    </div>
  );
}
