/** The one write-to-temp-then-rename helper (electron/files/replace-file.ts) on real files. */
import fs from 'node:fs';
import path from 'node:path';
import { replaceFileAtomically, replaceFileAtomicallyAsync } from '../../electron/files/replace-file';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('rw-replace-');
});
afterEach(() => removeTempDir(dir));

test('the new file replaces the old one only once it is complete, and nothing else is left in the folder', () => {
  const target = path.join(dir, 'report.docx');
  fs.writeFileSync(target, 'old');
  let seenDuringWrite = '';
  replaceFileAtomically(target, (temp) => {
    fs.writeFileSync(temp, 'new');
    seenDuringWrite = fs.readFileSync(target, 'utf8');
    expect(path.dirname(temp)).toBe(dir); // same volume: the rename is atomic
  });
  expect({ seenDuringWrite, now: fs.readFileSync(target, 'utf8'), files: fs.readdirSync(dir) }).toEqual({ seenDuringWrite: 'old', now: 'new', files: ['report.docx'] });
});

test.each([
  ['sync', (target: string): Promise<unknown> => Promise.resolve().then(() => replaceFileAtomically(target, (temp) => failAfterWriting(temp)))],
  ['async', (target: string): Promise<unknown> => replaceFileAtomicallyAsync(target, async (temp) => failAfterWriting(temp))],
])('a failing write (%s) keeps the old file and removes its half-written temporary file', async (_kind, run) => {
  const target = path.join(dir, 'report.rwproj');
  fs.writeFileSync(target, 'old');
  await expect(run(target)).rejects.toThrow('disk full');
  expect({ now: fs.readFileSync(target, 'utf8'), files: fs.readdirSync(dir) }).toEqual({ now: 'old', files: ['report.rwproj'] });
});

function failAfterWriting(temp: string): never {
  fs.writeFileSync(temp, 'half');
  throw new Error('disk full');
}
