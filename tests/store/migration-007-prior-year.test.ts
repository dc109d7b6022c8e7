/** Migration 007 (去年同期: last year's content kept in a new year's project) from version 6, and its queries. */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/project-store/constants';
import { migration007 } from '../../electron/project-store/migrations/007-prior-year';
import { migrate } from '../../electron/project-store/migrations';
import {
  countPriorYearSections,
  insertPriorYearSection,
  readPriorYearSection,
  readPriorYearSource,
  writePriorYearSource,
} from '../../electron/project-store/queries/prior-year-queries';
import { openDatabase } from '../../electron/project-store/sqlite';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let db: Database.Database;

beforeEach(() => {
  dir = makeTempDir('rw-migrate7-');
  db = openDatabase(path.join(dir, 'm.rwproj'));
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('foreign_keys = ON');
});

afterEach(() => {
  db.close();
  removeTempDir(dir);
});

const tables = (): string[] => (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const dump = (table: string): unknown[] => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();
const SOURCE = { year: 2024, unitName: '天津工业职业学院', fileName: '2024年报.rwproj', projectUuid: 'u-1', tableValues: 'clear' as const, createdAt: '2025-01-02T00:00:00.000Z' };

test('007-prior-year adds the two tables, keeping every row', () => {
  migrate(db, 6);
  db.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('unitName', JSON.stringify('天津工业职业学院'));
  db.prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('c1', null, 0, '前言', 'preface', 0, null);
  const existing = tables();
  const before = Object.fromEntries(existing.map((t) => [t, dump(t)]));

  expect(migrate(db, 7)).toBe(7);

  expect(tables()).toEqual([...existing, 'prior_year_section', 'prior_year_source'].sort());
  for (const table of existing) expect(dump(table)).toEqual(before[table]);
  expect(migration007.version).toBe(7);
  // A project made from scratch has no prior year.
  expect(readPriorYearSource(db)).toBeUndefined();
  expect(countPriorYearSections(db)).toBe(0);
});

test('the source is one row; sections belong to live outline nodes; values are checked', () => {
  migrate(db);
  db.prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered) VALUES (?, ?, ?, ?, ?, ?)').run('c1', null, 0, '人才培养', 'body', 1);
  writePriorYearSource(db, SOURCE);
  expect(readPriorYearSource(db)).toEqual(SOURCE);
  // Only one source: a second row is refused.
  expect(() => writePriorYearSource(db, SOURCE)).toThrow(/UNIQUE|PRIMARY/);
  insertPriorYearSection(db, { nodeId: 'c1', title: '人才培养', label: '一、', content: '[]' });
  expect(readPriorYearSection(db, 'c1')).toEqual({ nodeId: 'c1', title: '人才培养', label: '一、', content: '[]' });
  expect(readPriorYearSection(db, 'nope')).toBeUndefined();
  // A section of a node this project does not have is refused (foreign key).
  expect(() => insertPriorYearSection(db, { nodeId: 'ghost', title: 'x', label: '', content: '[]' })).toThrow(/FOREIGN KEY/);
  db.prepare('DELETE FROM prior_year_source').run();
  expect(() => writePriorYearSource(db, { ...SOURCE, tableValues: 'maybe' as 'keep' })).toThrow(/CHECK/);
  expect(() => writePriorYearSource(db, { ...SOURCE, year: 1999 })).toThrow(/CHECK/);
});
