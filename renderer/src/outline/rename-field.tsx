import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n';

interface RenameFieldProps {
  readonly initial: string;
  readonly onCommit: (title: string) => void;
  readonly onCancel: () => void;
}

/** Inline title editor: Enter or leaving the field commits, Esc cancels, empty means cancel. */
export function RenameField({ initial, onCommit, onCancel }: RenameFieldProps) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const finish = (commit: boolean): void => {
    if (done.current) return;
    done.current = true;
    const title = value.trim();
    if (commit && title.length > 0 && title !== initial) onCommit(title);
    else onCancel();
  };

  return (
    <input
      ref={input}
      className="rename-field"
      value={value}
      maxLength={200}
      aria-label={t('outline.rename')}
      data-testid="rename-field"
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        // Enter while an IME is composing confirms the composition, not the title.
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
    />
  );
}
