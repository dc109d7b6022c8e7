/** Progress per department: statuses, 字数 written and what is overdue, for the office's dashboard. */
import { NODE_STATUSES, isOpenStatus, type Dashboard, type DepartmentProgress, type NodeProgress, type NodeStatus } from '../../shared/model/collaboration';
import { outlineInOrder } from '../../shared/model/outline';
import type { Project } from '../project-store/project';
import { listStatuses, wordsByNode } from '../project-store/queries/status-queries';
import { listDepartments } from './departments';
import { localDay } from './node-status';

export function buildDashboard(project: Project, today: string = localDay()): Dashboard {
  const statuses = project.query(listStatuses);
  const words = project.query(wordsByNode);
  const progress = (node: { id: string; title: string; departmentId: string | null }): NodeProgress => {
    const row = statuses.get(node.id);
    const status: NodeStatus = row?.status ?? 'not-started';
    const dueDate = row?.dueDate ?? null;
    return {
      nodeId: node.id,
      title: node.title,
      departmentId: node.departmentId,
      status,
      dueDate,
      characters: words.get(node.id) ?? 0,
      overdue: dueDate !== null && dueDate < today && isOpenStatus(status),
    };
  };
  const nodes = outlineInOrder(project.outline()).map(progress);
  const departments: DepartmentProgress[] = listDepartments(project).map((department) => {
    const own = nodes.filter((n) => n.departmentId === department.id);
    const statusCounts = Object.fromEntries(NODE_STATUSES.map((s) => [s, own.filter((n) => n.status === s).length])) as Record<NodeStatus, number>;
    const open = own.filter((n) => isOpenStatus(n.status) && n.dueDate !== null).map((n) => n.dueDate as string);
    return {
      department,
      nodes: own,
      statusCounts,
      characters: own.reduce((sum, n) => sum + n.characters, 0),
      overdue: own.filter((n) => n.overdue).length,
      nextDue: open.length > 0 ? open.sort()[0] ?? null : null,
    };
  });
  return { today, departments, unassigned: nodes.filter((n) => n.departmentId === null) };
}
