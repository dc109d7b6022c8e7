/**
 * Flushes pending edits when the window goes away: on Electron's close request (then tells main
 * the window may close), and on `pagehide` / hidden visibility in any browser. Installed once per
 * page; the project screen registers the function that does the flushing while it is shown.
 */
import type { Api, PreloadBridge } from '../../../shared/ipc/contract';

type Flusher = () => Promise<boolean>;

let activeFlusher: Flusher | null = null;

export function setExitFlusher(flusher: Flusher | null): void {
  activeFlusher = flusher;
}

async function flushNow(): Promise<void> {
  try {
    await activeFlusher?.();
  } catch (error) {
    console.error('flush on exit failed', error);
  }
}

export function installExitHooks(api: Api, bridge: PreloadBridge | null, target: Window = window): void {
  target.addEventListener('pagehide', () => void flushNow());
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') void flushNow();
  });
  bridge?.onCloseRequest(() => {
    void flushNow().finally(() => {
      api.app.closeReady({}).catch((error: unknown) => console.error('closeReady failed', error));
    });
  });
}
