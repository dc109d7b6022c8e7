/** The shell's policies as data: navigation, permissions, external links, windows, menu. */
import { EXTERNAL_LINK_HOSTS, externalLinkPrompt, externalLinkTarget } from '../../electron/security/external-links';
import { menuTemplate, type MenuItemSpec } from '../../electron/security/menu-template';
import { navigationAllowed, type NavigationRequest } from '../../electron/security/navigation';
import { devicePermissionGranted, permissionGranted } from '../../electron/security/permissions';
import { RENDERER_ORIGIN, RENDERER_URL } from '../../electron/security/app-protocol';
import { mainWindowPreferences, printWindowPreferences } from '../../electron/security/window-preferences';

describe('navigation', () => {
  const cases: [NavigationRequest, boolean][] = [
    [{ event: 'will-navigate', url: RENDERER_URL }, true],
    [{ event: 'will-navigate', url: `${RENDERER_URL}#outline` }, true],
    [{ event: 'will-frame-navigate', url: RENDERER_URL, isMainFrame: true }, true],
    [{ event: 'will-navigate', url: 'https://example.com/' }, false],
    [{ event: 'will-navigate', url: 'file:///etc/passwd' }, false],
    [{ event: 'will-navigate', url: 'app://renderer/other.html' }, false],
    [{ event: 'will-navigate', url: `${RENDERER_URL}?x=1` }, false],
    [{ event: 'will-navigate', url: 'app://print/0123456789abcdef0123456789abcdef/body.html' }, false],
    [{ event: 'will-navigate', url: 'javascript:alert(1)' }, false],
    [{ event: 'will-navigate', url: 'not a url' }, false],
    [{ event: 'will-frame-navigate', url: RENDERER_URL, isMainFrame: false }, false],
    [{ event: 'will-frame-navigate', url: 'https://example.com/', isMainFrame: true }, false],
    [{ event: 'will-redirect', url: RENDERER_URL }, false],
    [{ event: 'will-redirect', url: 'https://example.com/' }, false],
  ];
  it.each(cases)('%o → %s', (request, allowed) => {
    expect(navigationAllowed(request, RENDERER_URL)).toBe(allowed);
  });
});

describe('permissions', () => {
  const asked = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'midiSysex', 'hid', 'serial', 'usb', 'fullscreen', 'pointerLock', 'display-capture', 'fileSystem', 'local-fonts', 'unknown'];
  it.each(asked)('%s is refused to our renderer and to anyone else', (permission) => {
    expect(permissionGranted(permission, RENDERER_URL, RENDERER_ORIGIN)).toBe(false);
    expect(permissionGranted(permission, 'https://example.com/', RENDERER_ORIGIN)).toBe(false);
    expect(permissionGranted(permission, undefined, RENDERER_ORIGIN)).toBe(false);
  });
  it('no device is granted', () => {
    expect(devicePermissionGranted()).toBe(false);
  });
});

describe('external links', () => {
  it.each([
    ['https://www.moe.gov.cn/srcsite/A07/', 'https://www.moe.gov.cn/srcsite/A07/'],
    ['https://reportworks.cn/help#导出', 'https://reportworks.cn/help#%E5%AF%BC%E5%87%BA'],
    ['HTTPS://WWW.MOE.GOV.CN/', 'https://www.moe.gov.cn/'],
  ])('%s may open (as %s) after confirmation', (url, target) => {
    expect(externalLinkTarget(url)).toBe(target);
  });

  it.each([
    'http://www.moe.gov.cn/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'https://example.com/',
    'https://www.moe.gov.cn.evil.com/',
    'https://evil.com/?https://www.moe.gov.cn/',
    'https://user@www.moe.gov.cn/',
    'https://www.moe.gov.cn:8443/',
    'https://sub.reportworks.cn/',
    'not a url',
  ])('%s never leaves the app', (url) => {
    expect(externalLinkTarget(url)).toBeNull();
  });

  it('the allow-list holds exact host names only', () => {
    for (const host of EXTERNAL_LINK_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  it('the confirmation shows the full address and defaults to cancel', () => {
    const prompt = externalLinkPrompt('https://www.moe.gov.cn/');
    expect(prompt.detail).toBe('https://www.moe.gov.cn/');
    expect(prompt.buttons[prompt.cancelButton]).toBe('取消');
    expect(prompt.buttons[prompt.openButton]).toBe('打开');
    expect(prompt.message).toMatch(/浏览器/);
  });
});

describe('window preferences', () => {
  const hardened = { sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false, webviewTag: false };
  it('the editor window is sandboxed and isolated, with DevTools only in development', () => {
    expect(mainWindowPreferences('/app/preload.cjs', { packaged: true })).toMatchObject({ ...hardened, preload: '/app/preload.cjs', devTools: false });
    expect(mainWindowPreferences('/app/preload.cjs', { packaged: false }).devTools).toBe(true);
  });
  it('a print window has no preload and never DevTools', () => {
    const print = printWindowPreferences();
    expect(print).toMatchObject({ ...hardened, devTools: false });
    expect('preload' in print).toBe(false);
  });
});

describe('menu', () => {
  const roles = (items: readonly MenuItemSpec[]): string[] => items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? [])]);
  it('the production menu has no DevTools (nor reload); a development run has DevTools', () => {
    expect(roles(menuTemplate({ devTools: false }))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate({ devTools: false }))).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(menuTemplate({ devTools: true }))).toContain('toggleDevTools');
  });
  it('keeps the editing roles that make Ctrl+C/V/X/A work', () => {
    expect(roles(menuTemplate({ devTools: false }))).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'quit']));
    // Ctrl+= / Ctrl+- / Ctrl+0 belong to the editor's zoom, not to the window's.
    expect(roles(menuTemplate({ devTools: false }))).not.toEqual(expect.arrayContaining(['zoomIn']));
  });
});
