/** Migration 007 (去年同期: last year's content kept in a new year's project) from version 6, and its queries. */
import { migration007 } from '../../electron/project-store/migrations/007-prior-year';
import { migrate } from '../../electron/project-store/migrations';
import { useMigrationDatabase } from '../support/migration-db';
import {
  countPriorYearSections,
  insertPriorYearSection,
  readPriorYearSection,
  readPriorYearSource,
  writePriorYearSource,
} from '../../electron/project-store/queries/prior-year-queries';

const store = useMigrationDatabase('rw-migrate7-', { foreignKeys: true });
const { tables, dump } = store;
const SOURCE = { year: 2024, unitName: '天津工业职业学院', fileName: '2024年报.rwproj', projectUuid: 'u-1', tableValues: 'clear' as const, createdAt: '2025-01-02T00:00:00.000Z' };

test('007-prior-year adds the two tables, keeping every row', () => {
  migrate(store.db(), 6);
  store.db().prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('unitName', JSON.stringify('天津工业职业学院'));
  store.db().prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('c1', null, 0, '前言', 'preface', 0, null);
  const existing = tables();
  const before = Object.fromEntries(existing.map((t) => [t, dump(t)]));

  expect(migrate(store.db(), 7)).toBe(7);

  expect(tables()).toEqual([...existing, 'prior_year_section', 'prior_year_source'].sort());
  for (const table of existing) expect(dump(table)).toEqual(before[table]);
  expect(migration007.version).toBe(7);
  // A project made from scratch has no prior year.
  expect(readPriorYearSource(store.db())).toBeUndefined();
  expect(countPriorYearSections(store.db())).toBe(0);
});

test('the source is one row; sections belong to live outline nodes; values are checked', () => {
  migrate(store.db());
  store.db().prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered) VALUES (?, ?, ?, ?, ?, ?)').run('c1', null, 0, '人才培养', 'body', 1);
  writePriorYearSource(store.db(), SOURCE);
  expect(readPriorYearSource(store.db())).toEqual(SOURCE);
  // Only one source: a second row is refused.
  expect(() => writePriorYearSource(store.db(), SOURCE)).toThrow(/UNIQUE|PRIMARY/);
  insertPriorYearSection(store.db(), { nodeId: 'c1', title: '人才培养', label: '一、', content: '[]' });
  expect(readPriorYearSection(store.db(), 'c1')).toEqual({ nodeId: 'c1', title: '人才培养', label: '一、', content: '[]' });
  expect(readPriorYearSection(store.db(), 'nope')).toBeUndefined();
  // A section of a node this project does not have is refused (foreign key).
  expect(() => insertPriorYearSection(store.db(), { nodeId: 'ghost', title: 'x', label: '', content: '[]' })).toThrow(/FOREIGN KEY/);
  store.db().prepare('DELETE FROM prior_year_source').run();
  expect(() => writePriorYearSource(store.db(), { ...SOURCE, tableValues: 'maybe' as 'keep' })).toThrow(/CHECK/);
  expect(() => writePriorYearSource(store.db(), { ...SOURCE, year: 1999 })).toThrow(/CHECK/);
});
