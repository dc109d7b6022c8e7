/** Migration 008 (named versions of the whole report, issue 15) from version 7, and its constraints. */
import { migration008 } from '../../electron/project-store/migrations/008-report-versions';
import { migrate } from '../../electron/project-store/migrations';
import { useMigrationDatabase } from '../support/migration-db';
import { insertReportVersion, listReportVersions, pinSection, pinnedSections } from '../../electron/project-store/queries/report-version-queries';

const store = useMigrationDatabase('rw-migrate8-', { foreignKeys: true });
const { tables, dump } = store;

function insertSection(): void {
  store.db().prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('s1', null, 0, '人才培养', 'body', 1, null);
  store.db().prepare('INSERT INTO section_content(node_id, revision, content, words, chars_no_space, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run('s1', 2, '[]', 0, 0, '2026-12-01T00:00:00.000Z');
  const revision = store.db().prepare('INSERT INTO section_revision(node_id, revision, content, words, saved_at, reason) VALUES (?, ?, ?, ?, ?, ?)');
  revision.run('s1', 1, '[]', 0, '2026-11-30T00:00:00.000Z', 'create');
  revision.run('s1', 2, '[]', 0, '2026-12-01T00:00:00.000Z', 'edit');
}

test('008-report-versions adds the two tables, keeping every row of a version-7 file', () => {
  migrate(store.db(), 7);
  insertSection();
  const existing = tables();
  const before = Object.fromEntries(existing.map((t) => [t, dump(t)]));

  expect(migrate(store.db(), 8)).toBe(8);

  expect(tables()).toEqual([...existing, 'report_version', 'report_version_section'].sort());
  for (const table of existing) expect(dump(table)).toEqual(before[table]);
  expect(migration008.version).toBe(8);
  expect(listReportVersions(store.db())).toEqual([]);
});

test('a version pins existing revisions only; names are checked; deleting a version keeps the revisions', () => {
  migrate(store.db());
  insertSection();
  const id = insertReportVersion(store.db(), '送审稿', '2026-12-01T00:00:00.000Z');
  pinSection(store.db(), id, { nodeId: 's1', revision: 2, position: 0 });
  expect(pinnedSections(store.db(), id)).toEqual([{ nodeId: 's1', revision: 2, position: 0 }]);
  // A revision that does not exist cannot be pinned (composite foreign key into section_revision).
  const other = insertReportVersion(store.db(), '初稿', '2026-12-01T00:00:00.000Z');
  expect(() => pinSection(store.db(), other, { nodeId: 's1', revision: 9, position: 0 })).toThrow(/FOREIGN KEY/);
  // One pin per section and version.
  expect(() => pinSection(store.db(), id, { nodeId: 's1', revision: 1, position: 1 })).toThrow(/UNIQUE|PRIMARY/);
  // Nor can a pinned revision be deleted.
  expect(() => store.db().prepare('DELETE FROM section_revision WHERE node_id = ? AND revision = 2').run('s1')).toThrow(/FOREIGN KEY/);
  expect(() => insertReportVersion(store.db(), '   ', '2026-12-01T00:00:00.000Z')).toThrow(/CHECK/);
  expect(() => insertReportVersion(store.db(), '长'.repeat(101), '2026-12-01T00:00:00.000Z')).toThrow(/CHECK/);
  store.db().prepare('DELETE FROM report_version WHERE id = ?').run(id);
  expect(dump('report_version_section')).toEqual([]);
  expect(dump('section_revision')).toHaveLength(2);
});
