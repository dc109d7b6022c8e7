/**
 * A package is a SQLite file from outside: it is trusted only when its schema is exactly what
 * package-writer.ts creates. Extra tables, views, triggers or indexes are refused by the office's
 * import (project unchanged) and by contributor mode and `import-md` into a package (package
 * unchanged, never opened for writing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../electron/errors/app-error';
import { ContributorSession } from '../../electron/packages/contributor-session';
import { importPackage } from '../../electron/packages/import-package';
import { lockPathFor } from '../../electron/project-store/file-lock';
import { openDatabase } from '../../electron/project-store/sqlite';
import { MAX_PACKAGE_BYTES } from '../../shared/limits';
import { fingerprint, makeTempDir, removeTempDir } from '../support/temp-files';
import { smallSetup, type SmallSetup } from './small-project';

let dir: string;
let setup: SmallSetup;
let counter = 0;

beforeAll(() => {
  dir = makeTempDir('rw-pkg-schema-');
  setup = smallSetup(dir);
});

afterAll(() => {
  setup.project.close();
  removeTempDir(dir);
});

function alteredCopy(sql: string): string {
  counter += 1;
  const file = path.join(dir, `copy-${counter}.rwpkg`);
  fs.copyFileSync(setup.packageFile, file);
  const db = openDatabase(file);
  db.exec(sql);
  db.close();
  return file;
}

/** The AppError `fn` throws or rejects with (importPackage is async, ContributorSession.open is not). */
async function caught(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const FOREIGN: [string, string, string][] = [
  ['an extra table', 'CREATE TABLE payload(x BLOB)', 'table payload'],
  ['a trigger', 'CREATE TRIGGER t AFTER UPDATE ON working_section BEGIN DELETE FROM base_section; END', 'trigger t'],
  ['a view', 'CREATE VIEW v AS SELECT * FROM meta', 'view v'],
  ['an index', 'CREATE INDEX w ON working_section(revision)', 'index w'],
  ['a table redefined', 'DROP TABLE context_section; CREATE TABLE context_section(node_id TEXT PRIMARY KEY, content TEXT)', 'table context_section'],
];

describe.each(FOREIGN)('a package with %s', (_what, sql, named) => {
  test('is refused by the office (PACKAGE_REFUSED untrusted-schema); project and package unchanged', async () => {
    const file = alteredCopy(sql);
    const project = fingerprint(setup.project.path).sha256;
    const before = fingerprint(file);
    const error = await caught(() => importPackage(setup.project, file));
    expect(error.code).toBe('PACKAGE_REFUSED');
    expect(error.details?.problem).toBe('untrusted-schema');
    expect(error.message).toContain('在年报工坊之外被其他软件改动过');
    // The altered parts are named in the English half (for support), not to the author.
    expect(error.message).not.toMatch(/数据库|SQLite|schema|trigger|table/i);
    expect(String(error.params.reasonEn)).toContain(named);
    expect(error.message).toContain('项目未作任何改动');
    expect(fingerprint(setup.project.path).sha256).toBe(project);
    expect(fingerprint(file)).toEqual(before);
  });

  test('is refused in contributor mode with UNTRUSTED_SCHEMA, package byte for byte unchanged, no lock left', async () => {
    const file = alteredCopy(sql);
    const before = fingerprint(file);
    const error = await caught(() => ContributorSession.open(file));
    expect(error.code).toBe('UNTRUSTED_SCHEMA');
    // The altered parts are named in the details (log, CLI's English half), not to the author.
    expect(error.message).not.toMatch(/数据库|SQLite|schema|trigger|table/i);
    expect(String(error.details?.objects)).toContain(named);
    expect(fingerprint(file)).toEqual(before);
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });
});

test('a package exactly as issued still opens in contributor mode and imports', async () => {
  const file = alteredCopy('SELECT 1');
  ContributorSession.open(file).close();
  expect((await importPackage(setup.project, file)).review.changes).toBe(0);
});

test('a package over the size limit is refused before SQLite reads it, saying how large it is', async () => {
  const file = alteredCopy('SELECT 1');
  // Sparse: grows the file past the limit without writing 512 MB (whole pages, so the header check passes).
  fs.truncateSync(file, MAX_PACKAGE_BYTES + 4096);
  // Size and time only: hashing half a gigabyte would be the slowest part of the suite.
  const stat = (): [number, number] => [fs.statSync(file).size, fs.statSync(file).mtimeMs];
  const before = stat();
  for (const open of [() => importPackage(setup.project, file), () => ContributorSession.open(file)]) {
    const error = await caught(open);
    expect(error.code).toBe('NOT_A_PACKAGE');
    expect(error.message).toContain('文件过大（513 MB，材料包最多 512 MB）');
    expect(error.message).toContain('文件未作任何改动');
  }
  expect(stat()).toEqual(before);
  expect(fs.existsSync(lockPathFor(file))).toBe(false);
});
