/**
 * The office's comments, anchored to a node and optionally to a block of it, with replies. They
 * travel in contribution packages; the department's replies come back with the package.
 */
import { newNodeId } from '../../shared/ids/block-id';
import type { CommentOrigin, CommentThread } from '../../shared/model/collaboration';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import { getComment, insertComment, listComments, type CommentRow } from '../project-store/queries/comment-queries';
import * as outlineQ from '../project-store/queries/outline-queries';

export const OFFICE_AUTHOR = '编制专班';
const MAX_TEXT = 5000;

export function cleanCommentText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new AppError('INVALID_PAYLOAD', { detail: '批注内容不能为空' });
  if (trimmed.length > MAX_TEXT) throw new AppError('INVALID_PAYLOAD', { detail: `批注不能超过 ${MAX_TEXT} 字` });
  return trimmed;
}

/** Rows (comments and their replies, any order) → threads in creation order. */
export function threadsOf(rows: readonly CommentRow[]): CommentThread[] {
  const roots = rows.filter((r) => r.parentId === null);
  return roots.map((root) => ({
    id: root.id,
    nodeId: root.nodeId,
    blockId: root.blockId,
    author: root.author,
    origin: root.origin,
    text: root.text,
    createdAt: root.createdAt,
    replies: rows
      .filter((r) => r.parentId === root.id)
      .map((r) => ({ id: r.id, author: r.author, origin: r.origin, text: r.text, createdAt: r.createdAt })),
  }));
}

export function listCommentThreads(project: Project, nodeId: string | null): CommentThread[] {
  return threadsOf(project.query(listComments, nodeId));
}

export function addComment(project: Project, input: { nodeId: string; blockId?: string | null; text: string; author?: string }): CommentThread {
  const text = cleanCommentText(input.text);
  const id = newNodeId('m');
  project.write(() => {
    if (!project.query(outlineQ.getNode, input.nodeId)) throw new AppError('NOT_FOUND', { what: '章节', id: input.nodeId });
    project.query(insertComment, {
      id,
      nodeId: input.nodeId,
      blockId: input.blockId ?? null,
      parentId: null,
      author: input.author?.trim() || OFFICE_AUTHOR,
      origin: 'office',
      text,
      createdAt: new Date().toISOString(),
      packageId: null,
    });
  });
  return listCommentThreads(project, input.nodeId).find((t) => t.id === id) as CommentThread;
}

export function replyToComment(project: Project, input: { commentId: string; text: string; author?: string; origin?: CommentOrigin }): CommentThread {
  const text = cleanCommentText(input.text);
  const root = project.query(getComment, input.commentId);
  if (!root || root.parentId !== null) throw new AppError('NOT_FOUND', { what: '批注', id: input.commentId });
  project.write(() =>
    project.query(insertComment, {
      id: newNodeId('m'),
      nodeId: root.nodeId,
      blockId: root.blockId,
      parentId: root.id,
      author: input.author?.trim() || OFFICE_AUTHOR,
      origin: input.origin ?? 'office',
      text,
      createdAt: new Date().toISOString(),
      packageId: null,
    }),
  );
  return listCommentThreads(project, root.nodeId).find((t) => t.id === root.id) as CommentThread;
}
