/**
 * Dragging a column border to change the widths of the two columns beside it, as in Word. The
 * widths are relative weights (see table-types.ts); while dragging only a preview changes, and the
 * release writes both widths in one undo step.
 */
import { useRef, type PointerEvent } from 'react';
import { t } from '../../../../shared/i18n';

/** No column may be dragged narrower than this share of the table. */
const MIN_SHARE = 0.04;

export interface ColumnResizerProps {
  readonly widths: readonly number[];
  readonly onPreview: (widths: readonly number[] | null) => void;
  readonly onCommit: (widths: readonly number[]) => void;
}

interface Drag {
  readonly border: number;
  readonly startX: number;
  readonly pixels: number;
  readonly start: readonly number[];
  latest: readonly number[];
}

/** Widths as percentages with one decimal: tidy numbers in the file, same proportions. */
function asPercentages(widths: readonly number[]): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  return widths.map((w) => Math.max(0.1, Math.round((w / total) * 1000) / 10));
}

export function ColumnResizer({ widths, onPreview, onCommit }: ColumnResizerProps) {
  const drag = useRef<Drag | null>(null);
  const total = widths.reduce((sum, w) => sum + w, 0) || 1;

  const onPointerDown = (border: number, event: PointerEvent<HTMLDivElement>): void => {
    event.preventDefault();
    const overlay = event.currentTarget.parentElement;
    if (!overlay) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { border, startX: event.clientX, pixels: overlay.getBoundingClientRect().width, start: widths, latest: widths };
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const current = drag.current;
    if (!current || current.pixels <= 0) return;
    const sum = current.start.reduce((s, w) => s + w, 0);
    const min = sum * MIN_SHARE;
    const left = current.start[current.border] as number;
    const right = current.start[current.border + 1] as number;
    const delta = Math.max(min - left, Math.min(right - min, ((event.clientX - current.startX) / current.pixels) * sum));
    const next = [...current.start];
    next[current.border] = left + delta;
    next[current.border + 1] = right - delta;
    current.latest = next;
    onPreview(next);
  };

  const onPointerUp = (): void => {
    const current = drag.current;
    drag.current = null;
    onPreview(null);
    if (current && current.latest !== current.start) onCommit(asPercentages(current.latest));
  };

  let offset = 0;
  return (
    <div className="tbl-resizers" contentEditable={false}>
      {widths.slice(0, -1).map((width, i) => {
        offset += width;
        return (
          <div
            key={i}
            className="tbl-resizer"
            style={{ left: `${(offset / total) * 100}%` }}
            title={t('table.resizeColumn')}
            data-testid={`table-resizer-${i}`}
            onPointerDown={(event) => onPointerDown(i, event)}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
          />
        );
      })}
    </div>
  );
}
