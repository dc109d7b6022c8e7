/**
 * The image methods of the IPC contract through the real handler table: asset.import (by path or
 * as base64 bytes) prepares and stores an image once per content hash; asset.read gives it back.
 * A bad image is refused with a message naming it, and the project is left as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { PRINT_BOX } from '../../electron/assets/prepare-image';
import { Project } from '../../electron/project-store/project';
import { dispatch, type Handlers } from '../../electron/services/handlers';
import type { ProjectSession } from '../../electron/services/session';
import type { AssetData, FilePurpose, ImportedAsset } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { generatePhotos } from '../support/generate-photos';
import { bombPng } from '../support/test-images';
import { createProject, testHandlers } from '../support/project-helpers';
import { fingerprint, makeTempDir, removeTempDir } from '../support/temp-files';
import { rawDatabase } from '../../electron/project-store/raw-database';

let dir: string;
let handlers: Handlers;
let session: ProjectSession;
let projectFile: string;
let photo: string;
let handle: (purpose: FilePurpose, file: string) => string;

beforeAll(async () => {
  dir = makeTempDir('rw-assets-');
  [photo] = (await generatePhotos(path.join(dir, 'photos'), 1, 900)) as [string];
}, 60_000);

afterAll(() => removeTempDir(dir));

beforeEach(() => {
  ({ handlers, session, file: handle } = testHandlers(path.join(dir, 'profile')));
  const created = createProject(dir, `p-${Math.random().toString(36).slice(2)}.rwproj`);
  projectFile = created.path;
  created.close();
  session.open(projectFile, {});
});

afterEach(() => session.close());

function value<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

function error(result: IpcResult<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

/** What the renderer sends for a file the user chose in the image dialog: its handle. */
const chosen = (file: string): { file: string } => ({ file: handle('image', file) });
const importImage = (payload: unknown): Promise<IpcResult<unknown>> => dispatch(handlers, 'asset.import', payload);
const assetCount = (): number => (rawDatabase(session.require()).prepare('SELECT count(*) AS n FROM asset').get() as { n: number }).n;

describe('asset.import', () => {
  it('prepares and stores an image given by path, and asset.read returns its bytes', async () => {
    const imported = value<ImportedAsset>(await importImage(chosen(photo)));
    expect(imported).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), width: 1200, height: 800, mime: 'image/jpeg' });
    const read = value<AssetData>(await dispatch(handlers, 'asset.read', { sha256: imported.sha256 }));
    expect(read.mime).toBe('image/jpeg');
    const meta = await sharp(Buffer.from(read.base64, 'base64')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 800]);
  });

  it('stores the same image once, whether it comes by path or as pasted bytes', async () => {
    const byPath = value<ImportedAsset>(await importImage(chosen(photo)));
    const byBytes = value<ImportedAsset>(await importImage({ name: '粘贴的图片.jpg', base64: fs.readFileSync(photo).toString('base64') }));
    const again = value<ImportedAsset>(await importImage(chosen(photo)));
    expect(new Set([byPath.sha256, byBytes.sha256, again.sha256]).size).toBe(1);
    expect(assetCount()).toBe(1);
  });

  it('downscales huge images to what print needs (1900 px at text width)', async () => {
    const huge = await sharp({ create: { width: 6000, height: 4000, channels: 3, background: { r: 40, g: 120, b: 200 } } })
      .jpeg()
      .toBuffer();
    const imported = value<ImportedAsset>(await importImage({ name: '手机照片.jpg', base64: huge.toString('base64') }));
    expect([imported.width, imported.height]).toEqual([PRINT_BOX.width, 1267]);
    const stored = session.require().asset(imported.sha256);
    expect(stored && (await sharp(stored.bytes).metadata()).width).toBe(PRINT_BOX.width);
  });

  it('stores a photo within print size as the very bytes it was given', async () => {
    const imported = value<ImportedAsset>(await importImage(chosen(photo)));
    expect(session.require().asset(imported.sha256)?.bytes.equals(fs.readFileSync(photo))).toBe(true);
  });

  it('refuses an SVG and a 30000×30000 PNG with the reason, storing nothing', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    expect(error(await importImage({ name: '图表.svg', base64: Buffer.from(svg).toString('base64') })).message).toContain('“图表.svg”是 SVG 矢量图');
    const bomb = bombPng(30000, 30000);
    expect(error(await importImage({ name: '巨图.png', base64: bomb.toString('base64') })).message).toContain('像素过多（30000×30000');
    expect(assetCount()).toBe(0);
  }, 30_000);

  it.each([
    ['a truncated JPEG', 'half.jpg', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1), '“half.jpg”无法解码'],
    ['a text file named .png', 'notes.png', () => Buffer.from('这不是图片\n'), '“notes.png”不是可识别的图片'],
    ['an empty file', 'empty.png', () => Buffer.alloc(0), '“empty.png”是空文件'],
  ])('refuses %s with IMPORT_FAILED and leaves the project unchanged', async (_what, name, make, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, make(fs.readFileSync(photo)));
    const before = fingerprint(projectFile);
    const bytes = fs.readFileSync(file);
    // Empty bytes cannot even be sent (the contract wants base64 text); the file can.
    const payloads = bytes.length === 0 ? [chosen(file)] : [chosen(file), { name, base64: bytes.toString('base64') }];
    for (const payload of payloads) {
      const refused = error(await importImage(payload));
      expect(refused.code).toBe('IMPORT_FAILED');
      expect(refused.message).toContain(message);
    }
    expect(assetCount()).toBe(0);
    expect(fingerprint(projectFile)).toEqual(before);
  });

  it('refuses a missing file with FILE_NOT_FOUND', async () => {
    const refused = error(await importImage(chosen(path.join(dir, 'nowhere.jpg'))));
    expect(refused.code).toBe('FILE_NOT_FOUND');
    expect(refused.message).toContain('nowhere.jpg');
  });

  it('refuses in a read-only session, before doing the work', async () => {
    session.close();
    session.open(projectFile, { readOnly: true });
    expect(error(await importImage(chosen(photo))).code).toBe('READ_ONLY_SESSION');
  });

  it('refuses without an open project', async () => {
    session.close();
    expect(error(await importImage(chosen(photo))).code).toBe('NO_PROJECT');
  });

  it('does not store the image when the project is closed while it is being prepared', async () => {
    const pending = importImage(chosen(photo));
    session.close();
    const refused = error(await pending);
    expect(refused.code).toBe('INVALID_OPERATION');
    const reopened = Project.open(projectFile, { readOnly: true });
    try {
      expect((rawDatabase(reopened).prepare('SELECT count(*) AS n FROM asset').get() as { n: number }).n).toBe(0);
    } finally {
      reopened.close();
    }
  });
});

describe('asset.read', () => {
  it('answers NOT_FOUND for an image the project does not have', async () => {
    const refused = error(await dispatch(handlers, 'asset.read', { sha256: 'f'.repeat(64) }));
    expect(refused.code).toBe('NOT_FOUND');
    expect(refused.message).toContain('图片');
  });
});
