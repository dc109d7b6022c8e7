/**
 * Web permissions: none. The editor needs no camera, microphone, location, notifications, MIDI,
 * clipboard reading, HID, serial, USB or Bluetooth; copy and paste go through the menu's roles and
 * the paste event, which need no permission. Both the request handler (a page asks) and the check
 * handler (a page queries, or Chromium checks silently) answer from here, as does the device
 * handler, so nothing is granted by Electron's permissive defaults.
 */

/** Permissions granted to our own renderer origin; empty on purpose, a test names the refusals. */
const GRANTED_TO_RENDERER: ReadonlySet<string> = new Set<string>();

export function permissionGranted(permission: string, requestingUrl: string | undefined, rendererOrigin: string): boolean {
  if (requestingUrl === undefined || !GRANTED_TO_RENDERER.has(permission)) return false;
  try {
    return new URL(requestingUrl).origin === new URL(rendererOrigin).origin;
  } catch {
    return false;
  }
}

/** setDevicePermissionHandler: no page gets a device (HID, serial, USB). */
export function devicePermissionGranted(): boolean {
  return false;
}
