/**
 * The webPreferences of our two kinds of window, as data. Every page runs sandboxed, isolated and
 * without Node; DevTools exist only in a development run (an installed app has none, so nobody can
 * be talked into pasting script into them).
 */
export interface HardenedWebPreferences {
  readonly preload?: string;
  readonly sandbox: true;
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly spellcheck: false;
  readonly devTools: boolean;
}

const HARDENED = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const;

/** The editor window: our preload (the IPC bridge), DevTools only when not packaged. */
export function mainWindowPreferences(preload: string, { packaged }: { packaged: boolean }): HardenedWebPreferences {
  return { ...HARDENED, preload, devTools: !packaged };
}

/** A hidden print window: no preload (no IPC at all), never DevTools. */
export function printWindowPreferences(): HardenedWebPreferences {
  return { ...HARDENED, devTools: false };
}
