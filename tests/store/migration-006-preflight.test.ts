/** Migration 006 (preflight ignores) from version 5, and the preflight queries on a real file. */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { APPLICATION_ID } from '../../electron/project-store/constants';
import { migration006 } from '../../electron/project-store/migrations/006-preflight';
import { migrate } from '../../electron/project-store/migrations';
import { addIgnored, ignoredKeys, listIgnored, readPreflightSettings, removeIgnored, writePreflightSettings } from '../../electron/project-store/queries/preflight-queries';
import { openDatabase } from '../../electron/project-store/sqlite';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
let db: Database.Database;

beforeEach(() => {
  dir = makeTempDir('rw-migrate6-');
  db = openDatabase(path.join(dir, 'm.rwproj'));
  db.pragma(`application_id = ${APPLICATION_ID}`);
});

afterEach(() => {
  db.close();
  removeTempDir(dir);
});

const tables = (): string[] => (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
const dump = (table: string): unknown[] => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all();

test('006-preflight adds the table of ignored findings, keeping every row', () => {
  migrate(db, 5);
  db.prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('unitName', JSON.stringify('天津工业职业学院'));
  db.prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('c1', null, 0, '前言', 'preface', 0, null);
  const existing = tables();
  const before = Object.fromEntries(existing.map((t) => [t, dump(t)]));

  expect(migrate(db, 6)).toBe(6);

  expect(tables()).toEqual([...existing, 'preflight_ignore'].sort());
  for (const table of existing) expect(dump(table)).toEqual(before[table]);
  expect(migration006.version).toBe(6);
  // An empty key is refused.
  expect(() => db.prepare('INSERT INTO preflight_ignore(key, rule, node_id, excerpt, created_at) VALUES (?, ?, ?, ?, ?)').run('', 'typo', 'c1', 'x', 'now')).toThrow(/CHECK/);
});

test('ignores are added once, listed and removed; settings round-trip and a damaged value reads as empty', () => {
  migrate(db);
  const at = '2025-12-01T00:00:00.000Z';
  const entry = { key: 'typo|p0|text|杜会', rule: 'typo' as const, nodeId: 'c1', excerpt: '杜会', createdAt: at };
  addIgnored(db, [entry, entry]);
  expect(listIgnored(db)).toEqual([entry]);
  expect(ignoredKeys(db)).toEqual(new Set([entry.key]));
  removeIgnored(db, entry.key);
  expect(listIgnored(db)).toEqual([]);

  expect(readPreflightSettings(db)).toEqual({ glossary: [], traditionalAllow: [] });
  const settings = { glossary: [{ preferred: '“双高计划”', variants: ['双高计划'] }], traditionalAllow: ['天津工業職業學院'] };
  writePreflightSettings(db, settings);
  expect(readPreflightSettings(db)).toEqual(settings);
  db.prepare("UPDATE settings SET value = '{broken' WHERE key = 'preflightGlossary'").run();
  expect(readPreflightSettings(db)).toEqual({ glossary: [], traditionalAllow: ['天津工業職業學院'] });
});
