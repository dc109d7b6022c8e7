/**
 * The print engine's own walls, behind the escaping: a page that does hold markup from outside (as if
 * an escaper had failed) still runs no script and loads nothing from outside its print folder. The
 * page here carries no CSP on purpose, so what is tested is the engine: JavaScript off, and the URL
 * policy on every request (electron/export/pdf/print-url-policy.ts).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { ChromiumPrintEngine } from '../../electron/export/pdf/chromium-print-engine';
import { PrintFolder } from '../../electron/export/pdf/print-folder';
import { pageTexts } from '../export-pdf/pdf-reading';
import { makeTempDir, removeTempDir } from '../support/temp-files';

jest.setTimeout(120_000);

let dir: string;
const engine = new ChromiumPrintEngine();

beforeAll(() => {
  dir = makeTempDir('rw-sandbox-');
});

afterAll(async () => {
  await engine.close();
  removeTempDir(dir);
});

const png = (color: string): Promise<Buffer> => sharp({ create: { width: 60, height: 40, channels: 3, background: color } }).png().toBuffer();

test('no script runs, and no file outside the print folder is shown, framed or read', async () => {
  const outsidePng = path.join(dir, 'outside.png');
  fs.writeFileSync(outsidePng, await png('#0000ff'));
  const canary = path.join(dir, 'canary.html');
  fs.writeFileSync(canary, '<p>CANARYFILECONTENT</p>');
  const folder = await PrintFolder.create();
  try {
    fs.mkdirSync(path.join(folder.dir, 'img'));
    fs.writeFileSync(path.join(folder.dir, 'img', 'inside.png'), await png('#ff0000'));
    const file = await folder.writeHtml(
      'page.html',
      `<!doctype html><meta charset="utf-8"><body><p>正文 START</p>
<script>document.write('<p>PW' + 'NED-SCRIPT</p>')</script>
<img src="x" onerror="document.body.append('PW' + 'NED-HANDLER')">
<img src="img/inside.png" width="60" height="40">
<img src="${pathToFileURL(outsidePng).href}" width="60" height="40">
<img src="../${path.basename(dir)}/outside.png" width="60" height="40">
<iframe src="${pathToFileURL(canary).href}" width="300" height="100"></iframe>
<object data="${pathToFileURL(canary).href}" width="300" height="100"></object>
<link rel="stylesheet" href="${pathToFileURL(path.join(dir, 'x.css')).href}">
<p>END</p></body>`,
    );
    const pdf = path.join(dir, 'out.pdf');
    fs.writeFileSync(pdf, await engine.print({ htmlFile: file }));
    const text = pageTexts(pdf, 'raw').join('\n');
    expect(text).toContain('START');
    expect(text).toContain('END');
    expect(text).not.toContain('PWNED');
    expect(text).not.toContain('CANARYFILECONTENT');
    // The red image inside the folder is there, the blue one outside it is not (Chromium draws
    // small broken-image icons for what it refused, hence the colours rather than a count).
    execFileSync('pdfimages', ['-png', pdf, path.join(dir, 'img')]);
    const colours = await Promise.all(
      fs.readdirSync(dir).filter((f) => /^img-\d+\.png$/.test(f)).map(async (f) => {
        const { channels } = await sharp(path.join(dir, f)).stats();
        return channels.slice(0, 3).map((c) => Math.round(c.mean));
      }),
    );
    expect(colours).toContainEqual([255, 0, 0]);
    expect(colours).not.toContainEqual([0, 0, 255]);
  } finally {
    await folder.remove();
  }
});
