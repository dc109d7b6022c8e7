/** Progress of assigned nodes: status (未开始 … 已定稿) and due date. */
import type { NodeStatus } from '../../shared/model/collaboration';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import * as outlineQ from '../project-store/queries/outline-queries';
import { listStatuses, writeStatus } from '../project-store/queries/status-queries';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused, not rolled over). */
export function checkDay(value: string): string {
  const match = DAY.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw new AppError('INVALID_PAYLOAD', { detail: `日期应写作 YYYY-MM-DD，例如 2025-12-01（收到“${value}”）` });
  }
  return value;
}

/** Today as YYYY-MM-DD in local time: a due date is a day on the office's calendar. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface StatusPatch {
  readonly status?: NodeStatus;
  /** null clears the due date; undefined leaves it. */
  readonly dueDate?: string | null;
}

export function currentStatus(project: Project, nodeId: string): { status: NodeStatus; dueDate: string | null } {
  const row = project.query(listStatuses).get(nodeId);
  return { status: row?.status ?? 'not-started', dueDate: row?.dueDate ?? null };
}

export function setNodeStatus(project: Project, nodeId: string, patch: StatusPatch): { status: NodeStatus; dueDate: string | null } {
  const dueDate = patch.dueDate === undefined || patch.dueDate === null ? patch.dueDate : checkDay(patch.dueDate);
  return project.write(() => {
    if (!project.query(outlineQ.getNode, nodeId)) throw new AppError('NOT_FOUND', { what: '章节', id: nodeId });
    const current = currentStatus(project, nodeId);
    const next = { status: patch.status ?? current.status, dueDate: dueDate === undefined ? current.dueDate : dueDate };
    project.query(writeStatus, nodeId, next.status, next.dueDate, new Date().toISOString());
    return next;
  });
}

/** Moves nodes to `status` as a package goes out or comes back (never downgrades 已定稿). */
export function advanceStatus(project: Project, nodeIds: readonly string[], status: NodeStatus): void {
  const at = new Date().toISOString();
  for (const nodeId of nodeIds) {
    const current = currentStatus(project, nodeId);
    if (current.status === 'final' || current.status === status) continue;
    project.query(writeStatus, nodeId, status, current.dueDate, at);
  }
}
