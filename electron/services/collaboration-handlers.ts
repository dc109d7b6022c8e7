/**
 * The IPC handlers of departments, packages, merging and comments (issue 6). Spread into the one
 * handler table of ./handlers.ts; every handler is a thin call into a service module.
 *
 * Comments and the department list also answer in contributor mode (from the package), so the
 * renderer can use the same calls whichever kind of file is open.
 */
import type { Decision } from '../../shared/merge/merge-types';
import { addComment, listCommentThreads, replyToComment } from '../departments/comments';
import { buildDashboard } from '../departments/dashboard';
import { addDepartment, assignNode, listDepartments, removeDepartment, updateDepartment } from '../departments/departments';
import { setNodeStatus } from '../departments/node-status';
import { applyImport, undoImport } from '../packages/apply-import';
import { createPackage } from '../packages/create-package';
import { importWordDraft } from '../packages/import-draft';
import { importPackage } from '../packages/import-package';
import { listPackageRecords } from '../packages/package-registry';
import { PendingImports } from '../packages/pending-imports';
import type { Handlers } from './handlers';
import type { ProjectSession } from './session';

export type CollaborationMethod =
  | 'department.list'
  | 'department.add'
  | 'department.update'
  | 'department.remove'
  | 'outline.assign'
  | 'section.setStatus'
  | 'dashboard.get'
  | 'package.create'
  | 'package.list'
  | 'package.import'
  | 'draft.import'
  | 'package.decide'
  | 'package.discard'
  | 'package.undoImport'
  | 'package.submit'
  | 'comment.add'
  | 'comment.list'
  | 'comment.reply';

/** The paths behind the renderer's file handles (see ./file-handles.ts), looked up by the handler table. */
export interface CollaborationFiles {
  /** Where a package is written, checked as an output (never the open project, never a .rwproj). */
  packageOutput(handle: string): string;
  /** A returned package or Word draft to review. */
  contribution(handle: string): string;
}

export function createCollaborationHandlers(session: ProjectSession, files: CollaborationFiles): Pick<Handlers, CollaborationMethod> {
  const pending = new PendingImports();
  return {
    'department.list': () => {
      const contributor = session.contributor;
      if (!contributor) return listDepartments(session.require());
      // A package knows only its own department.
      const info = contributor.info();
      return [{ ...info.department, position: 0, nodeIds: info.editableSectionIds }];
    },
    'department.add': ({ name, lead, writers }) => addDepartment(session.require(), { name, lead: lead ?? '', writers: writers ?? '' }),
    'department.update': ({ id, ...patch }) => updateDepartment(session.require(), id, patch),
    'department.remove': ({ id }) => {
      removeDepartment(session.require(), id);
      return null;
    },
    'outline.assign': ({ id, departmentId }) => {
      const project = session.require();
      assignNode(project, id, departmentId);
      return { outline: project.outline(), deleted: project.deletedNodes(), stats: project.stats() };
    },
    'section.setStatus': ({ id, status, dueDate }) => setNodeStatus(session.require(), id, { status, dueDate }),
    'dashboard.get': ({ today }) => buildDashboard(session.require(), today),
    'package.create': ({ departmentId, file }) => {
      const project = session.require();
      return createPackage(project, departmentId, files.packageOutput(file));
    },
    'package.list': () => listPackageRecords(session.require()),
    'package.import': async ({ file }) => {
      const project = session.require();
      const prepared = await importPackage(project, files.contribution(file));
      pending.add(prepared);
      return prepared.review;
    },
    'draft.import': async ({ file, sectionId }) => {
      const project = session.require();
      const prepared = await importWordDraft(project, files.contribution(file), sectionId);
      pending.add(prepared);
      return prepared.review;
    },
    'package.decide': ({ importId, decisions }) => {
      const project = session.require();
      const prepared = pending.get(importId, project.path);
      const outcome = applyImport(project, prepared, new Map(Object.entries(decisions) as [string, Decision][]));
      pending.delete(importId);
      return { ...outcome, stats: project.stats() };
    },
    'package.discard': ({ importId }) => {
      pending.delete(importId);
      return null;
    },
    'package.undoImport': ({ packageId }) => {
      const project = session.require();
      return { ...undoImport(project, packageId), stats: project.stats() };
    },
    'package.submit': () => session.requireContributor().submit(),
    'comment.add': ({ nodeId, blockId, text, author }) => addComment(session.require(), { nodeId, blockId: blockId ?? null, text, author }),
    'comment.list': ({ nodeId }) => session.contributor?.listComments(nodeId ?? null) ?? listCommentThreads(session.require(), nodeId ?? null),
    'comment.reply': ({ commentId, text, author }) =>
      session.contributor?.reply(commentId, text, author) ?? replyToComment(session.require(), { commentId, text, author }),
  };
}
