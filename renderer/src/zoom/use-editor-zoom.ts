/**
 * The editor's zoom (缩放): Ctrl+= / Ctrl+- / Ctrl+0 anywhere in the window (unless a dialog with
 * keys of its own is open, or the editor used the key: Ctrl+0 in the text is 正文) and the status
 * bar's control; 50–200 %, remembered for the user by main (app.preferences), so the next report
 * opens at the same size. Only the page is zoomed (CSS zoom on the page area), never the menus.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import { ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN } from '../../../shared/ipc/workspace-schemas';
import { modalOpen, nextZoom, workspaceKey } from '../find/find-keys';

export interface EditorZoom {
  readonly zoom: number;
  set(zoom: number): void;
}

export function useEditorZoom(api: Api): EditorZoom {
  const [zoom, setZoom] = useState(ZOOM_DEFAULT);

  useEffect(() => {
    let live = true;
    api.app
      .preferences({})
      .then((prefs) => live && setZoom(prefs.zoom))
      .catch((error: unknown) => console.warn(`zoom not read: ${String(error)}`));
    return () => {
      live = false;
    };
  }, [api]);

  const set = useCallback(
    (next: number) => {
      const value = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, Math.round(next)));
      setZoom(value);
      // Not remembering it is no reason to bother the user: this window keeps the zoom anyway.
      api.app.setPreferences({ zoom: value }).catch((error: unknown) => console.warn(`zoom not remembered: ${String(error)}`));
    },
    [api],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const key = workspaceKey(event);
      if (key?.kind !== 'zoom' || event.defaultPrevented || modalOpen()) return;
      event.preventDefault();
      setZoom((current) => {
        const value = nextZoom(current, key.to);
        if (value !== current) api.app.setPreferences({ zoom: value }).catch((error: unknown) => console.warn(`zoom not remembered: ${String(error)}`));
        return value;
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api]);

  return useMemo(() => ({ zoom, set }), [zoom, set]);
}
