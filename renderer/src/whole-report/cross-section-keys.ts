/**
 * The arrow keys at the edges of a section in the 全文 view: each section has its own editor, yet
 * the author reads one document and expects the caret to flow on as in Word. ↓ on the last line /
 * → at the very end go to the next section, ↑ on the first line / ← at the very start to the
 * previous one. Pure decisions only (what to do, and where), so they can be tested without a
 * browser; measuring the caret and moving it live in cross-section-dom.ts.
 */

/** The parts of a keydown that decide whether it may leave the section. */
export interface ArrowKeyInput {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  /** The IME is composing: the key belongs to it (candidate lists use the arrows). */
  readonly isComposing: boolean;
  /** 229 while an IME handles the key, even when `isComposing` is not set yet. */
  readonly keyCode: number;
}

/**
 * Where the caret is in its section. Read lazily by `decideCrossSectionMove` (only the facts the
 * key needs), because the line facts measure the layout.
 */
export interface CaretFacts {
  /** The selection is a caret, not a range: a range is collapsed by the editor, never carried over. */
  readonly collapsed: boolean;
  /** At the very first / very last point of the section's content. */
  readonly atStart: boolean;
  readonly atEnd: boolean;
  /** On the first visual line of the section's first block / the last visual line of its last. */
  readonly onFirstLine: boolean;
  readonly onLastLine: boolean;
}

export type CrossDirection = 'next' | 'previous';

export interface CrossMove {
  readonly direction: CrossDirection;
  /** The caret lands at the start of the next section or at the end of the previous one. */
  readonly landing: 'start' | 'end';
  /** ↑↓ keep the caret's horizontal position (on the first / last line of the target), as lines do. */
  readonly keepColumn: boolean;
  /**
   * ←→ are moved by the editor itself a character at a time, so the edge is judged before it acts
   * ('before-editor'). ↑↓ act only when the editor's own handlers (table cells, case boxes, the
   * reference suggestions) let the key through ('after-editor').
   */
  readonly phase: 'before-editor' | 'after-editor';
}

const IME_KEY_CODE = 229;

/** What an arrow key at a section's edge does, or null when the editor keeps it. */
export function decideCrossSectionMove(key: ArrowKeyInput, caret: CaretFacts): CrossMove | null {
  if (key.isComposing || key.keyCode === IME_KEY_CODE || key.key === 'Process') return null;
  // Shift extends the selection (not across editors); Ctrl/Alt/Meta arrows are word, paragraph or
  // system moves with meanings of their own.
  if (key.shiftKey || key.ctrlKey || key.altKey || key.metaKey) return null;
  switch (key.key) {
    case 'ArrowDown':
      return caret.collapsed && caret.onLastLine ? { direction: 'next', landing: 'start', keepColumn: true, phase: 'after-editor' } : null;
    case 'ArrowUp':
      return caret.collapsed && caret.onFirstLine ? { direction: 'previous', landing: 'end', keepColumn: true, phase: 'after-editor' } : null;
    case 'ArrowRight':
      return caret.collapsed && caret.atEnd ? { direction: 'next', landing: 'start', keepColumn: false, phase: 'before-editor' } : null;
    case 'ArrowLeft':
      return caret.collapsed && caret.atStart ? { direction: 'previous', landing: 'end', keepColumn: false, phase: 'before-editor' } : null;
    default:
      return null;
  }
}

/** How a section can take the caret. */
export type SectionReach =
  /** Its editor is mounted and editable. */
  | 'editable'
  /** Not mounted yet: mounting it makes it editable (the view's read-only state is shared by all). */
  | 'unmounted'
  /** No caret can go there (read-only, or its document is not loaded yet). */
  | 'unreachable';

/**
 * The section the caret goes to from `fromId`: the nearest one in reading order that can take it,
 * skipping those that cannot; null at the first / last section or when none further can.
 */
export function crossTarget(order: readonly string[], fromId: string, direction: CrossDirection, reach: (id: string) => SectionReach): string | null {
  const from = order.indexOf(fromId);
  if (from < 0) return null;
  const step = direction === 'next' ? 1 : -1;
  for (let i = from + step; i >= 0 && i < order.length; i += step) {
    const id = order[i] as string;
    if (reach(id) !== 'unreachable') return id;
  }
  return null;
}
