import type Database from 'better-sqlite3';
import type { RevisionInfo } from '../../../shared/model/project-snapshot';
import type { CharCount } from '../../../shared/text/char-count';

type Db = Database.Database;

export interface StoredSection {
  readonly nodeId: string;
  readonly revision: number;
  readonly content: string;
  readonly updatedAt: string;
}

export type RevisionReason = RevisionInfo['reason'];

export function readSection(db: Db, nodeId: string): StoredSection | undefined {
  const row = db.prepare('SELECT node_id, revision, content, updated_at FROM section_content WHERE node_id = ?').get(nodeId) as
    | { node_id: string; revision: number; content: string; updated_at: string }
    | undefined;
  return row && { nodeId: row.node_id, revision: row.revision, content: row.content, updatedAt: row.updated_at };
}

export function readAllSections(db: Db): StoredSection[] {
  const rows = db.prepare('SELECT node_id, revision, content, updated_at FROM section_content').all() as {
    node_id: string;
    revision: number;
    content: string;
    updated_at: string;
  }[];
  return rows.map((row) => ({ nodeId: row.node_id, revision: row.revision, content: row.content, updatedAt: row.updated_at }));
}

export function writeSection(db: Db, nodeId: string, revision: number, content: string, counts: CharCount, at: string): void {
  db.prepare(
    `INSERT INTO section_content(node_id, revision, content, words, chars_no_space, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(node_id) DO UPDATE SET revision = excluded.revision, content = excluded.content, words = excluded.words,
       chars_no_space = excluded.chars_no_space, updated_at = excluded.updated_at`,
  ).run(nodeId, revision, content, counts.words, counts.charsNoSpaces, at);
}

export function countsByNode(db: Db): Map<string, CharCount> {
  const rows = db
    .prepare(
      `SELECT s.node_id, s.words, s.chars_no_space FROM section_content s JOIN outline_node n ON n.id = s.node_id WHERE n.deleted_at IS NULL`,
    )
    .all() as { node_id: string; words: number; chars_no_space: number }[];
  return new Map(rows.map((r) => [r.node_id, { words: r.words, charsNoSpaces: r.chars_no_space }]));
}

interface RevisionRow {
  revision: number;
  saved_at: string;
  reason: string;
  words: number;
}

export function latestRevision(db: Db, nodeId: string): (RevisionRow & { content: string }) | undefined {
  return db
    .prepare('SELECT revision, saved_at, reason, words, content FROM section_revision WHERE node_id = ? ORDER BY revision DESC LIMIT 1')
    .get(nodeId) as (RevisionRow & { content: string }) | undefined;
}

export function insertRevision(db: Db, nodeId: string, revision: number, content: string, words: number, at: string, reason: RevisionReason): void {
  db.prepare('INSERT INTO section_revision(node_id, revision, content, words, saved_at, reason) VALUES (?, ?, ?, ?, ?, ?)').run(
    nodeId,
    revision,
    content,
    words,
    at,
    reason,
  );
}

export function deleteRevision(db: Db, nodeId: string, revision: number): void {
  db.prepare('DELETE FROM section_revision WHERE node_id = ? AND revision = ?').run(nodeId, revision);
}

export function listRevisions(db: Db, nodeId: string): RevisionInfo[] {
  const rows = db
    .prepare('SELECT revision, saved_at, reason, words FROM section_revision WHERE node_id = ? ORDER BY revision DESC')
    .all(nodeId) as RevisionRow[];
  return rows.map((r) => ({ revision: r.revision, savedAt: r.saved_at, reason: r.reason as RevisionReason, characters: r.words }));
}

export function readRevision(db: Db, nodeId: string, revision: number): string | undefined {
  const row = db.prepare('SELECT content FROM section_revision WHERE node_id = ? AND revision = ?').get(nodeId, revision) as
    | { content: string }
    | undefined;
  return row?.content;
}

/** A section's stored revisions, newest first, read one at a time (recovery usually needs only the first). */
export function* revisionContentsNewestFirst(db: Db, nodeId: string): Generator<{ revision: number; content: string }> {
  const rows = db
    .prepare('SELECT revision, content FROM section_revision WHERE node_id = ? ORDER BY revision DESC')
    .iterate(nodeId) as IterableIterator<{ revision: number; content: string }>;
  for (const row of rows) yield row;
}

/** Every revision's number, time and reason, and whether a named version points at it (pruning, issue 15). */
export function revisionMetas(db: Db, nodeId: string): { revision: number; savedAt: string; reason: RevisionReason; pinned: boolean }[] {
  const rows = db
    .prepare(
      `SELECT r.revision, r.saved_at, r.reason,
         EXISTS (SELECT 1 FROM report_version_section p WHERE p.node_id = r.node_id AND p.revision = r.revision) AS pinned
       FROM section_revision r WHERE r.node_id = ? ORDER BY r.revision`,
    )
    .all(nodeId) as { revision: number; saved_at: string; reason: string; pinned: number }[];
  return rows.map((r) => ({ revision: r.revision, savedAt: r.saved_at, reason: r.reason as RevisionReason, pinned: r.pinned === 1 }));
}
