/**
 * The app:// resolver against a real folder: what the window and the print windows may load.
 * A secret file sits beside the renderer folder; no URL may reach it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppMounts, RENDERER_URL, resolveAppRequest, serveAppRequest } from '../../electron/security/app-protocol';
import { CONTENT_SECURITY_POLICY, PRINT_CONTENT_SECURITY_POLICY } from '../../electron/security/csp';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let root: string;
let mounts: AppMounts;
beforeAll(() => {
  root = makeTempDir('rw-app-protocol-');
  const renderer = path.join(root, 'dist', 'renderer');
  fs.mkdirSync(renderer, { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>年报工坊</title>');
  fs.writeFileSync(path.join(renderer, 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(renderer, 'pdf-worker.js'), '// worker');
  fs.writeFileSync(path.join(renderer, 'styles.css'), 'body{}');
  fs.writeFileSync(path.join(renderer, 'notes.txt'), 'not a kind we serve');
  fs.writeFileSync(path.join(root, 'dist', 'secret.html'), 'SECRET');
  fs.writeFileSync(path.join(root, 'secret.js'), 'SECRET');
  fs.symlinkSync(path.join(root, 'secret.js'), path.join(renderer, 'linked.js'));
  fs.mkdirSync(path.join(renderer, 'sub.js'));
  mounts = new AppMounts(renderer);
});
afterAll(() => removeTempDir(root));

const text = (body: Uint8Array | null): string => (body === null ? '' : Buffer.from(body).toString('utf8'));

describe('app://renderer', () => {
  it.each([
    [RENDERER_URL, 'text/html; charset=utf-8', '年报工坊'],
    ['app://renderer/', 'text/html; charset=utf-8', '年报工坊'],
    ['app://renderer/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://renderer/pdf-worker.js?v=1#x', 'text/javascript; charset=utf-8', '// worker'],
    ['app://renderer/styles.css', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s as %s with the renderer CSP', async (url, mime, content) => {
    const response = await serveAppRequest('GET', url, mounts);
    expect(response.status).toBe(200);
    expect(response.headers).toEqual({ 'content-type': mime, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect(text(response.body)).toContain(content);
  });

  // Every spelling of "the folder above", plus other ways out of the folder.
  it.each([
    ['app://renderer/../secret.html', 404],
    ['app://renderer/../../secret.js', 404],
    ['app://renderer/%2e%2e/secret.html', 404],
    ['app://renderer/%2E%2E/%2E%2E/secret.js', 404],
    ['app://renderer/..%2fsecret.html', 400],
    ['app://renderer/..%2F..%2Fsecret.js', 400],
    ['app://renderer/..%5csecret.html', 400],
    ['app://renderer/%5c..%5csecret.html', 400],
    ['app://renderer/C:%5cWindows%5cwin.ini', 400],
    ['app://renderer/app.js%00.html', 400],
    ['app://renderer//etc/passwd', 400],
    ['app://renderer/%', 400],
    ['app://renderer/linked.js', 404],
    ['app://renderer/sub.js', 404],
    ['app://renderer/notes.txt', 404],
    ['app://renderer/missing.js', 404],
    ['app://evil/index.html', 404],
    ['app://user:pw@renderer/index.html', 400],
    ['app://renderer:8080/index.html', 400],
    ['file:///etc/passwd', 400],
    ['not a url', 400],
  ])('refuses %s (%i) and reads nothing outside', async (url, status) => {
    const response = await serveAppRequest('GET', url, mounts);
    expect(response.status).toBe(status);
    expect(response.body).toBeNull();
  });

  it('answers only GET and HEAD (HEAD without a body)', async () => {
    expect((await serveAppRequest('POST', RENDERER_URL, mounts)).status).toBe(405);
    expect((await serveAppRequest('PUT', RENDERER_URL, mounts)).status).toBe(405);
    const head = await serveAppRequest('HEAD', RENDERER_URL, mounts);
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('resolves purely to a file inside the root, never outside, whatever the URL says', () => {
    const urls = ['index.html', '../x.html', '%2e%2e/%2e%2e/x.html', 'a/b/../../../x.js', './app.js', 'a/./b.css'].map((p) => `app://renderer/${p}`);
    for (const url of urls) {
      const resolved = resolveAppRequest('GET', url, mounts);
      if (resolved.ok) expect(path.relative(mounts.rendererDir, resolved.file).startsWith('..')).toBe(false);
    }
  });
});

describe('app://print', () => {
  it('serves a mounted print folder with the print CSP only while it is mounted', async () => {
    const folder = path.join(root, 'rw-pdf-1');
    fs.mkdirSync(path.join(folder, 'img'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'body.html'), '<p>正文</p>');
    fs.writeFileSync(path.join(folder, 'img', 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const mount = mounts.mountPrintFolder(folder);
    const page = mount.urlOf(path.join(folder, 'body.html'));
    expect(page).toMatch(/^app:\/\/print\/[0-9a-f]{32}\/body\.html$/);
    const html = await serveAppRequest('GET', page, mounts);
    expect(html.status).toBe(200);
    expect(html.headers['content-security-policy']).toBe(PRINT_CONTENT_SECURITY_POLICY);
    expect(text(html.body)).toBe('<p>正文</p>');
    // The page's relative image URL resolves inside the same mount.
    const image = await serveAppRequest('GET', new URL('img/a.png', page).href, mounts);
    expect({ status: image.status, type: image.headers['content-type'] }).toEqual({ status: 200, type: 'image/png' });
    // No way from the print folder to its neighbours or to the renderer.
    expect((await serveAppRequest('GET', new URL('..%2fsecret.js', page).href, mounts)).status).toBe(400);
    expect((await serveAppRequest('GET', new URL('../../secret.js', page).href, mounts)).status).toBe(404);
    mount.unmount();
    expect((await serveAppRequest('GET', page, mounts)).status).toBe(404);
  });

  it('refuses ids that were never mounted, malformed ids and the bare host', async () => {
    for (const url of ['app://print/', 'app://print/0123456789abcdef0123456789abcdef/body.html', 'app://print/../renderer/index.html', 'app://print/x/body.html']) {
      expect((await serveAppRequest('GET', url, mounts)).status).toBeGreaterThanOrEqual(400);
    }
  });

  it('encodes file names in the page URL (Chinese and spaces survive the round trip)', async () => {
    const folder = path.join(root, 'rw-pdf-2');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '声明 页.html'), 'ok');
    const mount = mounts.mountPrintFolder(folder);
    const response = await serveAppRequest('GET', mount.urlOf(path.join(folder, '声明 页.html')), mounts);
    expect(text(response.body)).toBe('ok');
    mount.unmount();
  });
});
