/**
 * Wires the security policies of electron/security (pure, tested in Node) into Electron: the
 * app:// protocol, the session's permission handlers, and the guards on every web contents.
 * Type-checked here; runs only in the app.
 */
import { dialog, protocol, shell, type BaseWindow, type Session, type WebContents } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, RENDERER_ORIGIN, serveAppRequest, type AppMountTable } from '../security/app-protocol';
import { externalLinkPrompt, externalLinkTarget } from '../security/external-links';
import { navigationAllowed } from '../security/navigation';
import { devicePermissionGranted, permissionGranted } from '../security/permissions';

/** Before app ready: app:// becomes a standard, secure origin (see APP_SCHEME_PRIVILEGES). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** After app ready: serve app:// from the mounts, and refuse every permission and device. */
export function hardenSession(session: Session, mounts: AppMountTable): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const response = await serveAppRequest(request.method, request.url, mounts);
    return new Response(response.body === null ? null : Buffer.from(response.body), { status: response.status, headers: response.headers });
  });
  session.setPermissionRequestHandler((contents, permission, callback) => callback(permissionGranted(permission, contents.getURL(), RENDERER_ORIGIN)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionGranted(permission, requestingOrigin, RENDERER_ORIGIN));
  session.setDevicePermissionHandler(() => devicePermissionGranted());
}

/** Every web contents: no navigation away, no redirects, no webviews, no new windows. */
export function guardWebContents(contents: WebContents, rendererUrl: string, parent: () => BaseWindow | null): void {
  contents.on('will-navigate', (event) => {
    if (!navigationAllowed({ event: 'will-navigate', url: event.url }, rendererUrl)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!navigationAllowed({ event: 'will-frame-navigate', url: event.url, isMainFrame: event.isMainFrame }, rendererUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!navigationAllowed({ event: 'will-redirect', url: event.url }, rendererUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalAfterConfirmation(url, parent());
    return { action: 'deny' };
  });
}

/** A link to an allowed https host opens in the browser once the user has read it and said yes. */
async function openExternalAfterConfirmation(url: string, parent: BaseWindow | null): Promise<void> {
  const target = externalLinkTarget(url);
  if (target === null) return;
  const prompt = externalLinkPrompt(target);
  const options = { type: 'question' as const, title: prompt.title, message: prompt.message, detail: prompt.detail, buttons: [...prompt.buttons], defaultId: prompt.cancelButton, cancelId: prompt.cancelButton, noLink: true };
  const { response } = parent === null ? await dialog.showMessageBox(options) : await dialog.showMessageBox(parent, options);
  if (response === prompt.openButton) await shell.openExternal(target);
}
