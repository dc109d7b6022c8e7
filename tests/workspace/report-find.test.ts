/**
 * 查找和替换 over the whole report, in main (report.find, report.replaceAll), through the real
 * dispatcher on a real project file: counts per section, one transaction, one 'replace' revision
 * per section touched and none for the others, refusals that change nothing.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { dispatch } from '../../electron/services/handlers';
import type { ReportFindResult, ReportReplaceResult } from '../../shared/ipc/workspace-schemas';
import type { SectionContent } from '../../shared/model/document';
import { createProject, nodeIdByTitle, paragraphs, testHandlers } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('rw-report-find-');
});
afterAll(() => removeTempDir(dir));

const caseWithTable = (): SectionContent =>
  [
    {
      type: 'case', id: 'k1', title: '产教融合案例',
      children: [
        {
          type: 'table', id: 't1', caption: '产教融合项目', source: '', headerRows: 1, columns: [{ id: 'a', width: 1 }],
          children: [
            { type: 'table-row', id: 'r1', children: [{ type: 'table-cell', id: 'c1', children: [{ text: '项目' }] }] },
            { type: 'table-row', id: 'r2', children: [{ type: 'table-cell', id: 'c2', children: [{ text: '产教融合实训' }] }] },
          ],
        },
      ],
    },
  ] as unknown as SectionContent;

function setUp(name: string) {
  const file = path.join(dir, `${name}.rwproj`);
  const project = createProject(dir, `${name}.rwproj`);
  const a = nodeIdByTitle(project, '前言');
  const b = nodeIdByTitle(project, '高质就业');
  const c = nodeIdByTitle(project, '多样成长');
  const save = (id: string, content: SectionContent): unknown => project.saveSection(id, content, project.loadSection(id).revision);
  save(a, paragraphs('深化产教融合。', '产教融合，ＡＩ赋能'));
  save(b, caseWithTable());
  save(c, paragraphs('与此无关。'));
  project.close();
  const { session, handlers } = testHandlers(path.join(dir, `${name}-profile`));
  return { file, session, handlers, ids: { a, b, c } };
}

test('finds per section in reading order, and replaces all in one go with one revision per section touched', async () => {
  const { file, session, handlers, ids } = setUp('replace');
  session.open(file, { readOnly: false });
  try {
    const found = await dispatch(handlers, 'report.find', { query: '产教融合' });
    expect(found).toMatchObject({ ok: true });
    const value = (found as { value: ReportFindResult }).value;
    // 前言 has two; 高质就业 has the case title, the table caption and a cell.
    expect(value).toEqual({ total: 5, sections: [{ id: ids.a, count: 2 }, { id: ids.b, count: 3 }] });

    const project = session.require();
    const before = { a: project.history(ids.a).length, b: project.history(ids.b).length, c: project.history(ids.c).length };
    const replaced = await dispatch(handlers, 'report.replaceAll', { query: '产教融合', replacement: '校企合作' });
    expect(replaced).toMatchObject({ ok: true, value: { count: 5, sections: [ids.a, ids.b], damaged: [] } });
    expect((replaced as { value: ReportReplaceResult }).value.stats.sections).toBeGreaterThan(0);

    expect(project.loadSection(ids.a).content.map((p) => (p as { children: { text: string }[] }).children[0]?.text)).toEqual(['深化校企合作。', '校企合作，ＡＩ赋能']);
    const box = project.loadSection(ids.b).content[0] as unknown as { title: string; children: { caption: string; children: { children: { children: { text: string }[] }[] }[] }[] };
    expect(box.title).toBe('校企合作案例');
    expect(box.children[0]?.caption).toBe('校企合作项目');
    expect(box.children[0]?.children[1]?.children[0]?.children[0]?.text).toBe('校企合作实训');

    // One new revision per section touched, marked as a replacement; the untouched one has none.
    expect(project.history(ids.a).length).toBe(before.a + 1);
    expect(project.history(ids.b).length).toBe(before.b + 1);
    expect(project.history(ids.c).length).toBe(before.c);
    expect(project.history(ids.a)[0]?.reason).toBe('replace');

    // An autosave right after (same history bucket) keeps the replacement as a version of its own.
    const doc = project.loadSection(ids.a);
    project.saveSection(ids.a, paragraphs('深化校企合作。', '校企合作，ＡＩ赋能。'), doc.revision);
    expect(project.history(ids.a).map((r) => r.reason).slice(0, 2)).toEqual(['edit', 'replace']);

    // Width folding: “AI” finds the full-width “ＡＩ” unless 区分全/半角 is on.
    expect(await dispatch(handlers, 'report.find', { query: 'AI' })).toMatchObject({ value: { total: 1 } });
    expect(await dispatch(handlers, 'report.find', { query: 'AI', options: { matchWidth: true } })).toMatchObject({ value: { total: 0 } });
  } finally {
    session.close();
  }
});

test('nothing to replace stores nothing; bad input and a read-only report are refused with the file unchanged', async () => {
  const { file, session, handlers, ids } = setUp('refuse');
  session.open(file, { readOnly: false });
  const revisions = (): number[] => [ids.a, ids.b, ids.c].map((id) => session.require().history(id).length);
  try {
    const before = revisions();
    expect(await dispatch(handlers, 'report.replaceAll', { query: '不存在的词', replacement: 'x' })).toMatchObject({ ok: true, value: { count: 0, sections: [] } });
    expect(await dispatch(handlers, 'report.replaceAll', { query: '', replacement: 'x' })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await dispatch(handlers, 'report.find', { query: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await dispatch(handlers, 'report.find', { query: '产教', options: { regex: true } })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(revisions()).toEqual(before);
  } finally {
    session.close();
  }
  session.open(file, { readOnly: true });
  try {
    const refused = await dispatch(handlers, 'report.replaceAll', { query: '产教融合', replacement: '校企合作' });
    expect(refused).toMatchObject({ ok: false });
    expect(session.require().loadSection(ids.a).content.map((p) => (p as { children: { text: string }[] }).children[0]?.text)).toEqual(['深化产教融合。', '产教融合，ＡＩ赋能']);
    // Finding only reads: it works on a read-only report.
    expect(await dispatch(handlers, 'report.find', { query: '产教融合' })).toMatchObject({ ok: true, value: { total: 5 } });
  } finally {
    session.close();
  }
  expect(await dispatch(handlers, 'report.find', { query: '产教融合' })).toMatchObject({ ok: false, error: { code: 'NO_PROJECT' } });
});

test('a section whose stored content is damaged is never rewritten by 全部替换, and the answer says which', async () => {
  const { file, session, handlers, ids } = setUp('damaged');
  const db = new Database(file);
  db.prepare('UPDATE section_content SET content = ? WHERE node_id = ?').run('{"damaged": 产教融合', ids.a);
  db.close();
  session.open(file, { readOnly: false });
  try {
    const replaced = await dispatch(handlers, 'report.replaceAll', { query: '产教融合', replacement: '校企合作' });
    expect(replaced).toMatchObject({ ok: true, value: { sections: [ids.b], damaged: [ids.a] } });
  } finally {
    session.close();
  }
  const check = new Database(file, { readonly: true });
  const row = check.prepare('SELECT content FROM section_content WHERE node_id = ?').get(ids.a) as { content: string };
  check.close();
  expect(row.content).toBe('{"damaged": 产教融合');
});
