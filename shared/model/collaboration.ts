/**
 * Sharing the report among departments (编写部门): who writes which outline node, how far each node
 * has come, the comments the office leaves, and the contribution packages it issues. Plain
 * readonly data: all of it crosses IPC.
 */

/** Progress of an assigned node, stored as these codes; the labels are {@link NODE_STATUS_LABEL}. */
export const NODE_STATUSES = ['not-started', 'drafting', 'submitted', 'returned', 'final'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];

export const NODE_STATUS_LABEL: Readonly<Record<NodeStatus, string>> = {
  'not-started': '未开始',
  drafting: '起草中',
  submitted: '已提交',
  returned: '退回修改',
  final: '已定稿',
};

/** Work that is with the department and can be late (submitted and final work cannot). */
export function isOpenStatus(status: NodeStatus): boolean {
  return status === 'not-started' || status === 'drafting' || status === 'returned';
}

export interface Department {
  readonly id: string;
  readonly name: string;
  /** 负责人 */
  readonly lead: string;
  /** 主要编写人 (names separated by 、 as printed in the 编写分工 table). */
  readonly writers: string;
  readonly position: number;
  /** Outline nodes assigned to it, in reading order. */
  readonly nodeIds: readonly string[];
}

export interface NodeProgress {
  readonly nodeId: string;
  readonly title: string;
  readonly departmentId: string | null;
  readonly status: NodeStatus;
  /** YYYY-MM-DD, or null when no due date is set. */
  readonly dueDate: string | null;
  /** 字数 of the node's current content (as Word counts). */
  readonly characters: number;
  readonly overdue: boolean;
}

export interface DepartmentProgress {
  readonly department: Department;
  readonly nodes: readonly NodeProgress[];
  readonly statusCounts: Readonly<Record<NodeStatus, number>>;
  readonly characters: number;
  readonly overdue: number;
  /** The earliest due date among its open nodes, null when none. */
  readonly nextDue: string | null;
}

export interface Dashboard {
  /** The day overdue is measured against (YYYY-MM-DD, local time). */
  readonly today: string;
  readonly departments: readonly DepartmentProgress[];
  /** Nodes no department has been given. */
  readonly unassigned: readonly NodeProgress[];
}

export type CommentOrigin = 'office' | 'department';

export interface CommentThread {
  readonly id: string;
  readonly nodeId: string;
  /** The block the comment is anchored to, null for the section as a whole. */
  readonly blockId: string | null;
  readonly author: string;
  readonly origin: CommentOrigin;
  readonly text: string;
  readonly createdAt: string;
  readonly replies: readonly CommentReply[];
}

export interface CommentReply {
  readonly id: string;
  readonly author: string;
  readonly origin: CommentOrigin;
  readonly text: string;
  readonly createdAt: string;
}

/** A package in the office's registry. */
export interface PackageRecord {
  readonly id: string;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly fileName: string;
  readonly issuedAt: string;
  readonly mergedAt: string | null;
  readonly sections: readonly { readonly nodeId: string; readonly baseRevision: number; readonly mergedRevision: number | null }[];
  /** Set once merged: what the merge took and what it left. */
  readonly summary: MergeSummary | null;
}

export interface MergeSummary {
  readonly applied: number;
  readonly rejected: number;
  /** Conflicts that were left to the office's version without a choice. */
  readonly unresolved: number;
  readonly replies: number;
}

/** What contributor mode shows about the open package (ProjectSnapshot.contribution). */
export interface ContributionInfo {
  readonly packageId: string;
  readonly department: { readonly id: string; readonly name: string; readonly lead: string; readonly writers: string };
  readonly issuedAt: string;
  /** Set by 提交; a later edit clears it (the package must be submitted again). */
  readonly submittedAt: string | null;
  /** The sections this department may edit; everything else is read-only context. */
  readonly editableSectionIds: readonly string[];
  /** Assigned sections whose content differs from what the office sent. */
  readonly changedSectionIds: readonly string[];
}

/** What package.create reports: the package written and what it carries. */
export interface IssuedPackage {
  readonly packageId: string;
  readonly path: string;
  readonly department: Department;
  readonly sections: readonly { readonly nodeId: string; readonly title: string; readonly revision: number }[];
  readonly assets: number;
  readonly comments: number;
}
