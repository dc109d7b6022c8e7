/**
 * Departments (编写部门) and which outline nodes each one writes. Service functions over an open
 * Project, shaped for IPC: they validate, write in one transaction and return plain data.
 */
import { newNodeId } from '../../shared/ids/block-id';
import type { Department } from '../../shared/model/collaboration';
import { outlineInOrder } from '../../shared/model/outline';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';
import { listDepartments as listDepartmentRows } from '../project-store/queries/department-queries';
import * as writes from '../project-store/queries/department-writes';
import * as outlineQ from '../project-store/queries/outline-queries';
import { unmergedPackageCount } from '../project-store/queries/package-queries';

const MAX_NAME = 50;
const MAX_PEOPLE = 200;

export interface DepartmentInput {
  readonly name: string;
  readonly lead?: string;
  readonly writers?: string;
}

function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new AppError('INVALID_PAYLOAD', { detail: '部门名称不能为空' });
  if (trimmed.length > MAX_NAME) throw new AppError('INVALID_PAYLOAD', { detail: `部门名称不能超过 ${MAX_NAME} 个字` });
  return trimmed;
}

function cleanPeople(value: string | undefined, what: string): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > MAX_PEOPLE) throw new AppError('INVALID_PAYLOAD', { detail: `${what}不能超过 ${MAX_PEOPLE} 个字` });
  return trimmed;
}

export function listDepartments(project: Project): Department[] {
  const order = outlineInOrder(project.outline());
  return project.query(listDepartmentRows).map((row) => ({ ...row, nodeIds: order.filter((n) => n.departmentId === row.id).map((n) => n.id) }));
}

export function requireDepartment(project: Project, id: string): Department {
  const found = listDepartments(project).find((d) => d.id === id);
  if (!found) throw new AppError('NOT_FOUND', { what: '部门', id });
  return found;
}

/** The department called `name` (exactly, spaces around ignored), for the CLI's --department. */
export function departmentByName(project: Project, name: string): Department {
  const wanted = name.trim();
  const found = listDepartments(project).find((d) => d.name === wanted);
  if (!found) {
    const names = listDepartments(project).map((d) => d.name);
    throw new AppError('NOT_FOUND', { what: '部门', id: names.length > 0 ? `${wanted}（现有部门：${names.join('、')}）` : `${wanted}（项目中还没有部门）` });
  }
  return found;
}

function refuseDuplicate(project: Project, name: string, except: string | null): void {
  const existing = project.query(writes.departmentByName, name);
  if (existing && existing.id !== except) throw new AppError('INVALID_OPERATION', { detail: `已有名为“${name}”的部门` });
}

export function addDepartment(project: Project, input: DepartmentInput): Department {
  const name = cleanName(input.name);
  const id = newNodeId('d');
  project.write(() => {
    refuseDuplicate(project, name, null);
    project.query(writes.insertDepartment, { id, name, lead: cleanPeople(input.lead, '负责人'), writers: cleanPeople(input.writers, '主要编写人') });
  });
  return requireDepartment(project, id);
}

export function updateDepartment(project: Project, id: string, patch: Partial<DepartmentInput>): Department {
  project.write(() => {
    const current = requireDepartment(project, id);
    const name = patch.name === undefined ? current.name : cleanName(patch.name);
    refuseDuplicate(project, name, id);
    project.query(writes.updateDepartment, id, {
      name,
      lead: patch.lead === undefined ? current.lead : cleanPeople(patch.lead, '负责人'),
      writers: patch.writers === undefined ? current.writers : cleanPeople(patch.writers, '主要编写人'),
    });
  });
  return requireDepartment(project, id);
}

/**
 * Removes a department; its nodes become unassigned. Refused while it has packages out that have
 * not come back: their import would then have no department to go to.
 */
export function removeDepartment(project: Project, id: string): void {
  project.write(() => {
    const department = requireDepartment(project, id);
    const open = project.query(unmergedPackageCount, id);
    if (open > 0) {
      throw new AppError('INVALID_OPERATION', { detail: `“${department.name}”还有 ${open} 个已发出、尚未合并的材料包，合并后才能删除该部门` });
    }
    project.query(writes.deleteDepartment, id);
  });
}

/** Gives `nodeId` to a department (null: to none). */
export function assignNode(project: Project, nodeId: string, departmentId: string | null): void {
  project.write(() => {
    if (!project.query(outlineQ.getNode, nodeId)) throw new AppError('NOT_FOUND', { what: '章节', id: nodeId });
    if (departmentId !== null) requireDepartment(project, departmentId);
    project.query(writes.assignNode, nodeId, departmentId);
  });
}
