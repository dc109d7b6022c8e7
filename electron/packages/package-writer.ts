/**
 * Writes a new package file from contents held in memory: built under a temporary name in one
 * transaction and renamed into place, so a failure never leaves a half-written package, and an
 * existing file is never overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../errors/app-error';
import { PACKAGE_APPLICATION_ID } from '../project-store/constants';
import { tempPathBeside } from '../project-store/file-name';
import { openDatabase } from '../project-store/sqlite';
import type { PackageContents } from './package-contents';
import { META, PACKAGE_FORMAT, PACKAGE_SCHEMA, PACKAGE_SCHEMA_VERSION } from './package-format';

type Db = Database.Database;

function insertRows(db: Db, contents: PackageContents): void {
  const meta = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)');
  const values: [string, unknown][] = [
    [META.format, PACKAGE_FORMAT],
    [META.packageId, contents.packageId],
    [META.projectUuid, contents.projectUuid],
    [META.department, contents.department],
    [META.settings, contents.settings],
    [META.issuedAt, contents.issuedAt],
    [META.baseMac, contents.baseMac],
    [META.submittedAt, contents.submittedAt],
    [META.workingSeal, contents.workingSeal],
  ];
  if (contents.preflight !== undefined) values.push([META.preflight, contents.preflight]);
  for (const [key, value] of values) meta.run(key, JSON.stringify(value));
  const node = db.prepare('INSERT INTO outline_node(id, parent_id, position, title, role, numbered, department_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const n of contents.outline) node.run(n.id, n.parentId, n.position, n.title, n.role, n.numbered ? 1 : 0, n.departmentId);
  const context = db.prepare('INSERT INTO context_section(node_id, content) VALUES (?, ?)');
  for (const [nodeId, json] of contents.context) context.run(nodeId, json);
  const base = db.prepare('INSERT INTO base_section(node_id, revision, content) VALUES (?, ?, ?)');
  for (const s of contents.base.values()) base.run(s.nodeId, s.revision, s.json);
  const working = db.prepare('INSERT INTO working_section(node_id, revision, content, updated_at) VALUES (?, ?, ?, ?)');
  for (const s of contents.working.values()) working.run(s.nodeId, s.revision, s.json, s.updatedAt);
  const asset = db.prepare('INSERT INTO asset(sha256, mime, bytes, width, height, issued) VALUES (?, ?, ?, ?, ?, ?)');
  for (const a of contents.assets) asset.run(a.sha256, a.mime, a.bytes, a.width, a.height, a.issued ? 1 : 0);
  const comment = db.prepare('INSERT INTO comment(id, node_id, block_id, parent_id, author, origin, text, created_at, issued) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const c of contents.comments) comment.run(c.id, c.nodeId, c.blockId, c.parentId, c.author, c.origin, c.text, c.createdAt, c.issued ? 1 : 0);
}

export function writePackageFile(file: string, contents: PackageContents): string {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new AppError('FILE_EXISTS', { path: target });
  if (!fs.existsSync(path.dirname(target))) throw new AppError('FILE_NOT_FOUND', { path: path.dirname(target) });
  const temp = tempPathBeside(target, 'creating');
  try {
    const db = openDatabase(temp);
    try {
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      db.pragma(`application_id = ${PACKAGE_APPLICATION_ID}`);
      db.transaction(() => {
        db.exec(PACKAGE_SCHEMA);
        insertRows(db, contents);
        db.pragma(`user_version = ${PACKAGE_SCHEMA_VERSION}`);
      })();
    } finally {
      db.close();
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('IO_ERROR', { detail: (error as Error).message });
  }
  return target;
}
