/**
 * A date field in Chinese order (2025年12月30日) whatever the system's language: the browser's
 * own date field showed mm/dd/yyyy on an English system. Typing a whole day (in any of the usual
 * ways, see parseChineseDate) reports it at once; leaving the field tidies it to 年月日.
 */
import { useEffect, useState } from 'react';
import { t } from '../../../shared/i18n';
import { formatChineseDate, parseChineseDate } from '../../../shared/text/chinese-date';

interface ChineseDateInputProps {
  /** YYYY-MM-DD, or '' for none. */
  readonly value: string;
  readonly onChange: (isoDay: string) => void;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly testId?: string;
}

export function ChineseDateInput({ value, onChange, disabled, className, testId }: ChineseDateInputProps) {
  const [text, setText] = useState(() => formatChineseDate(value));
  // A new value from outside (another section selected, 清除) replaces what is shown.
  useEffect(() => {
    setText((current) => (parseChineseDate(current) === value ? current : formatChineseDate(value)));
  }, [value]);
  const parsed = parseChineseDate(text);
  return (
    <input
      type="text"
      inputMode="numeric"
      className={className}
      value={text}
      disabled={disabled}
      placeholder={t('date.placeholder')}
      title={t('date.hint')}
      aria-invalid={parsed === null}
      onChange={(e) => {
        setText(e.target.value);
        const day = parseChineseDate(e.target.value);
        if (day !== null && day !== value) onChange(day);
      }}
      onBlur={() => {
        if (parsed !== null) setText(formatChineseDate(parsed));
      }}
      data-testid={testId}
    />
  );
}
