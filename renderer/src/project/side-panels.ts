/**
 * The project window's side panels (历史版本, 部门分工, 问题, 校对, 去年同期) share the space right of the page:
 * two at once left the page five characters wide. One is open at a time; opening another takes
 * its place. Each panel keeps a `[open, setOpen]` pair shaped like useState's, so callers read
 * and toggle it as before.
 */
import { useCallback, useMemo, useState, type SetStateAction } from 'react';

export type SidePanelKey = 'history' | 'collab' | 'problems' | 'preflight' | 'priorYear';

/** The panel that is open now after `value` was asked of panel `key`. */
export function nextSidePanel(current: SidePanelKey | null, key: SidePanelKey, value: SetStateAction<boolean>): SidePanelKey | null {
  const wasOpen = current === key;
  const open = typeof value === 'function' ? value(wasOpen) : value;
  if (open) return key;
  return wasOpen ? null : current;
}

export interface SidePanels {
  /** The open panel, null when none is. */
  readonly open: SidePanelKey | null;
  slot(key: SidePanelKey): readonly [boolean, (value: SetStateAction<boolean>) => void];
  /** Closes whichever is open (a department's comments show in the space when none is). */
  close(): void;
}

export function useSidePanels(): SidePanels {
  const [open, setOpen] = useState<SidePanelKey | null>(null);
  const setterOf = useCallback((key: SidePanelKey) => (value: SetStateAction<boolean>) => setOpen((current) => nextSidePanel(current, key, value)), []);
  // Stable setters, as useState's are (effects and memos list them as dependencies).
  const setters = useMemo(
    () => ({ history: setterOf('history'), collab: setterOf('collab'), problems: setterOf('problems'), preflight: setterOf('preflight'), priorYear: setterOf('priorYear') }),
    [setterOf],
  );
  const close = useCallback(() => setOpen(null), []);
  return useMemo(() => ({ open, slot: (key: SidePanelKey) => [open === key, setters[key]] as const, close }), [open, setters, close]);
}
