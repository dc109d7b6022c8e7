/** Migration 006 (preflight ignores) from version 5, and the preflight queries on a real file. */
import { migration006 } from '../../electron/project-store/migrations/006-preflight';
import { migrate } from '../../electron/project-store/migrations';
import { useMigrationDatabase } from '../support/migration-db';
import { addIgnored, ignoredKeys, listIgnored, readPreflightSettings, removeIgnored, writePreflightSettings } from '../../electron/project-store/queries/preflight-queries';

const store = useMigrationDatabase('rw-migrate6-');
const { tables, dump } = store;

test('006-preflight adds the table of ignored findings, keeping every row', () => {
  migrate(store.db(), 5);
  store.db().prepare('INSERT INTO settings(key, value) VALUES (?, ?)').run('unitName', JSON.stringify('天津工业职业学院'));
  store.db().prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run('c1', null, 0, '前言', 'preface', 0, null);
  const existing = tables();
  const before = Object.fromEntries(existing.map((t) => [t, dump(t)]));

  expect(migrate(store.db(), 6)).toBe(6);

  expect(tables()).toEqual([...existing, 'preflight_ignore'].sort());
  for (const table of existing) expect(dump(table)).toEqual(before[table]);
  expect(migration006.version).toBe(6);
  // An empty key is refused.
  expect(() => store.db().prepare('INSERT INTO preflight_ignore(key, rule, node_id, excerpt, created_at) VALUES (?, ?, ?, ?, ?)').run('', 'typo', 'c1', 'x', 'now')).toThrow(/CHECK/);
});

test('ignores are added once, listed and removed; settings round-trip and a damaged value reads as empty', () => {
  migrate(store.db());
  const at = '2025-12-01T00:00:00.000Z';
  const entry = { key: 'typo|p0|text|杜会', rule: 'typo' as const, nodeId: 'c1', excerpt: '杜会', createdAt: at };
  addIgnored(store.db(), [entry, entry]);
  expect(listIgnored(store.db())).toEqual([entry]);
  expect(ignoredKeys(store.db())).toEqual(new Set([entry.key]));
  removeIgnored(store.db(), entry.key);
  expect(listIgnored(store.db())).toEqual([]);

  expect(readPreflightSettings(store.db())).toEqual({ glossary: [], traditionalAllow: [] });
  const settings = { glossary: [{ preferred: '“双高计划”', variants: ['双高计划'] }], traditionalAllow: ['天津工業職業學院'] };
  writePreflightSettings(store.db(), settings);
  expect(readPreflightSettings(store.db())).toEqual(settings);
  store.db().prepare("UPDATE settings SET value = '{broken' WHERE key = 'preflightGlossary'").run();
  expect(readPreflightSettings(store.db())).toEqual({ glossary: [], traditionalAllow: ['天津工業職業學院'] });
});
