/**
 * project.createFromWord through the real handler table (dispatch, zod, file handles): the Word
 * report is read before anything is created, so a refused file leaves no project file; a handle
 * minted for another purpose is refused; a good one makes, fills and opens the project and says
 * what was imported and skipped, with progress reported to export.progress.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../../electron/services/handlers';
import type { IpcOutput } from '../../shared/ipc/contract';
import { testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { wordReport } from './support';

let dir: string;

beforeAll(() => {
  dir = makeTempDir('rw-create-from-word-');
});
afterAll(() => removeTempDir(dir));

test('creates, fills and opens the project, and summarises the import', async () => {
  const { handlers, file, session } = testHandlers(path.join(dir, 'profile-1'));
  const target = path.join(dir, '示范学院.rwproj');
  const result = await dispatch(handlers, 'project.createFromWord', {
    file: file('new-project', target),
    source: file('word-report', wordReport('styled-report.docx')),
    unitName: '天津示范职业技术学院',
    year: 2025,
    jobId: 'word-1',
  });
  if (!result.ok) throw new Error(result.error.message);
  const { snapshot, summary } = result.value as IpcOutput<'project.createFromWord'>;
  expect(snapshot.outline.filter((n) => n.parentId === null).map((n) => n.title)).toEqual(['前言', '人才培养', '产教融合', '案例附录']);
  expect(snapshot.settings.unitName).toBe('天津示范职业技术学院');
  // A new project: nothing in 已删除 (no template chapter was made only to be replaced).
  expect(snapshot.deleted).toEqual([]);
  expect(summary).toMatchObject({ chapters: 4, sections: 3, headings: 2, tables: 1, figures: 2, images: 1, cases: 1, crossReferences: 3, skipped: { cover: 4, statement: 5, toc: 7 } });
  expect(summary.warnings).toHaveLength(3);
  expect(session.currentFile?.path).toBe(target);
  const progress = await dispatch(handlers, 'export.progress', { jobId: 'word-1' });
  expect(progress).toEqual({ ok: true, value: { fraction: 1, stage: 'done', done: true } });
  session.close();
});

test('a refused Word file leaves no project file, and says why', async () => {
  const { handlers, file } = testHandlers(path.join(dir, 'profile-2'));
  const target = path.join(dir, '不该出现.rwproj');
  const fake = path.join(dir, 'fake.docx');
  fs.writeFileSync(fake, '不是 Word 文件');
  const result = await dispatch(handlers, 'project.createFromWord', { file: file('new-project', target), source: file('word-report', fake), unitName: '某学院', year: 2025 });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.code).toBe('NOT_A_WORD_FILE');
  expect(fs.existsSync(target)).toBe(false);
});

test('a handle minted for another purpose is refused (the renderer never names a file)', async () => {
  const { handlers, file } = testHandlers(path.join(dir, 'profile-3'));
  const target = path.join(dir, '另一个.rwproj');
  const result = await dispatch(handlers, 'project.createFromWord', { file: file('new-project', target), source: file('image', wordReport('styled-report.docx')), unitName: '某学院', year: 2025 });
  expect(result.ok).toBe(false);
  expect(fs.existsSync(target)).toBe(false);
});
