/**
 * The window's keys for find (Ctrl+F, Ctrl+H: Word's 查找 and 替换) and for the editor's zoom
 * (Ctrl+= / Ctrl++ / Ctrl+- / Ctrl+0), and the zoom steps. Pure, so they are tested as a table.
 */
import { ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN } from '../../../shared/ipc/workspace-schemas';
import type { KeyLike } from '../editor/hotkeys';

export type WorkspaceKey = { readonly kind: 'find'; readonly replace: boolean } | { readonly kind: 'zoom'; readonly to: 'in' | 'out' | 'reset' };

export function workspaceKey(event: KeyLike): WorkspaceKey | null {
  if (event.isComposing || event.key === 'Process') return null;
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (!event.shiftKey && (key === 'f' || event.code === 'KeyF')) return { kind: 'find', replace: false };
  if (!event.shiftKey && (key === 'h' || event.code === 'KeyH')) return { kind: 'find', replace: true };
  // “+” needs Shift on most layouts: Ctrl+= and Ctrl+Shift+= (Ctrl++) both zoom in, as in Word and browsers.
  if (key === '=' || key === '+' || event.code === 'NumpadAdd') return { kind: 'zoom', to: 'in' };
  if (key === '-' || key === '_' || event.code === 'NumpadSubtract') return { kind: 'zoom', to: 'out' };
  if (!event.shiftKey && (key === '0' || event.code === 'Numpad0')) return { kind: 'zoom', to: 'reset' };
  return null;
}

/** Word's zoom steps between 50 % and 200 %. */
export const ZOOM_STEPS = [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200] as const;

/** The next step in or out from any zoom (also one between steps), or 100 %. */
export function nextZoom(current: number, to: 'in' | 'out' | 'reset'): number {
  if (to === 'reset') return ZOOM_DEFAULT;
  const next = to === 'in' ? ZOOM_STEPS.find((z) => z > current) : [...ZOOM_STEPS].reverse().find((z) => z < current);
  return next ?? (to === 'in' ? ZOOM_MAX : ZOOM_MIN);
}

/** Is a modal dialog (print preview, export…) open? Its own keys win then (the preview zooms its pages). */
export function modalOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}
