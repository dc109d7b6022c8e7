import type Database from 'better-sqlite3';
import type { NodeStatus } from '../../../shared/model/collaboration';

type Db = Database.Database;

export interface StatusRow {
  readonly nodeId: string;
  readonly status: NodeStatus;
  readonly dueDate: string | null;
}

/** Progress rows (migration 004); a node without a row has not been started and has no due date. */
export function listStatuses(db: Db): Map<string, StatusRow> {
  const rows = db.prepare('SELECT node_id, status, due_date FROM node_status').all() as { node_id: string; status: NodeStatus; due_date: string | null }[];
  return new Map(rows.map((r) => [r.node_id, { nodeId: r.node_id, status: r.status, dueDate: r.due_date }]));
}

export function writeStatus(db: Db, nodeId: string, status: NodeStatus, dueDate: string | null, at: string): void {
  db.prepare(
    `INSERT INTO node_status(node_id, status, due_date, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(node_id) DO UPDATE SET status = excluded.status, due_date = excluded.due_date, updated_at = excluded.updated_at`,
  ).run(nodeId, status, dueDate, at);
}

/** Word counts (字数) of every node's current content. */
export function wordsByNode(db: Db): Map<string, number> {
  const rows = db.prepare('SELECT node_id, words FROM section_content').all() as { node_id: string; words: number }[];
  return new Map(rows.map((r) => [r.node_id, r.words]));
}
