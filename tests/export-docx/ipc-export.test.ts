/** The IPC method 'export.docx' through the real dispatcher and handler table. */
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/services/handlers';
import { testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { buildSmallReport, docxParts, partText } from './support';

let dir: string;

beforeAll(() => {
  dir = makeTempDir('rw-ipc-export-');
});

afterAll(() => removeTempDir(dir));

test('exports the open project, honouring parts, and answers with the path and the warnings', async () => {
  const { file } = await buildSmallReport(dir, 'chapter');
  const { session, handlers, file: handle } = testHandlers(path.join(dir, 'profile'));
  session.open(file, { readOnly: true });
  try {
    const out = path.join(dir, 'ipc.docx');
    const result = await dispatch(handlers, 'export.docx', { file: handle('export-docx', out), parts: { cover: false, statement: false } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { path: string; warnings: string[] };
    expect(value.path).toBe(out);
    expect(value.warnings.some((w) => w.includes('［引用失效］'))).toBe(true);
    const xml = partText(docxParts(fs.readFileSync(out)), 'word/document.xml');
    expect(xml.includes('内容真实性责任声明')).toBe(false);
  } finally {
    session.close();
  }
});

test('refuses unknown parts and a missing path before doing anything', async () => {
  const { handlers, file: handle } = testHandlers(path.join(dir, 'profile2'));
  const unknown = await dispatch(handlers, 'export.docx', { file: handle('export-docx', path.join(dir, 'x.docx')), parts: { preface: false } });
  expect(unknown).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  const missing = await dispatch(handlers, 'export.docx', { parts: {} });
  expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  // With a valid payload but no project open, the session says so.
  const closed = await dispatch(handlers, 'export.docx', { file: handle('export-docx', path.join(dir, 'x.docx')) });
  expect(closed).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
  expect(fs.existsSync(path.join(dir, 'x.docx'))).toBe(false);
});
