/** Departments, assignments, statuses and the dashboard as services over a project. */
import path from 'node:path';
import { buildDashboard } from '../../electron/departments/dashboard';
import { addDepartment, assignNode, listDepartments, removeDepartment, updateDepartment } from '../../electron/departments/departments';
import { setNodeStatus } from '../../electron/departments/node-status';
import { AppError } from '../../electron/errors/app-error';
import { applyImport } from '../../electron/packages/apply-import';
import { importPackage } from '../../electron/packages/import-package';
import { Project } from '../../electron/project-store/project';
import { findSection } from '../../shared/model/find-section';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { smallSetup } from './small-project';

let dir: string;

beforeEach(() => {
  dir = makeTempDir('rw-dept-');
});

afterEach(() => removeTempDir(dir));

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return `${error.code} ${error.message}`;
    throw error;
  }
  return 'no error';
}

test('names are unique and trimmed; lead and writers are kept', () => {
  const project = Project.create(path.join(dir, 'a.rwproj'), { unitName: '天津工业职业学院', year: 2025 });
  try {
    const a = addDepartment(project, { name: '  教务部 ', lead: '李主任', writers: '王老师' });
    expect(a).toMatchObject({ name: '教务部', lead: '李主任', writers: '王老师', position: 0, nodeIds: [] });
    const b = addDepartment(project, { name: '学生处' });
    expect(code(() => addDepartment(project, { name: '教务部' }))).toMatch(/^INVALID_OPERATION .*已有名为“教务部”的部门/);
    expect(code(() => updateDepartment(project, b.id, { name: '教务部' }))).toMatch(/已有名为“教务部”的部门/);
    expect(code(() => addDepartment(project, { name: '   ' }))).toMatch(/^INVALID_PAYLOAD .*部门名称不能为空/);
    expect(updateDepartment(project, b.id, { writers: '赵老师' })).toMatchObject({ name: '学生处', writers: '赵老师' });
    expect(listDepartments(project).map((d) => d.name)).toEqual(['教务部', '学生处']);
  } finally {
    project.close();
  }
});

test('the dashboard counts statuses, 字数 and overdue nodes per department', () => {
  const project = Project.create(path.join(dir, 'a.rwproj'), { unitName: '天津工业职业学院', year: 2025 });
  try {
    const department = addDepartment(project, { name: '教务部' });
    const [x, y, z] = project.outline().filter((n) => n.parentId !== null).map((n) => n.id) as [string, string, string];
    for (const id of [x, y, z]) assignNode(project, id, department.id);
    project.saveSection(x, [{ type: 'paragraph', id: 'p', children: [{ text: '学院坚持立德树人' }] }], project.loadSection(x).revision);
    setNodeStatus(project, x, { status: 'drafting', dueDate: '2025-11-30' });
    setNodeStatus(project, y, { status: 'submitted', dueDate: '2025-11-30' });
    setNodeStatus(project, z, { dueDate: '2025-12-15' });
    expect(code(() => setNodeStatus(project, z, { dueDate: '2025-02-30' }))).toMatch(/^INVALID_PAYLOAD .*YYYY-MM-DD/);
    const [progress] = buildDashboard(project, '2025-12-01').departments;
    expect(progress).toMatchObject({
      statusCounts: { 'not-started': 1, drafting: 1, submitted: 1, returned: 0, final: 0 },
      characters: 8,
      // Submitted work is never late; drafting work past its day is.
      overdue: 1,
      nextDue: '2025-11-30',
    });
    expect(progress?.nodes.find((n) => n.nodeId === x)).toMatchObject({ status: 'drafting', overdue: true, characters: 8 });
    expect(setNodeStatus(project, x, { dueDate: null })).toEqual({ status: 'drafting', dueDate: null });
  } finally {
    project.close();
  }
});

test('a department with a package out cannot be removed until the package is merged', async () => {
  const setup = smallSetup(dir);
  try {
    expect(code(() => removeDepartment(setup.project, setup.departmentId))).toMatch(/还有 1 个已发出、尚未合并的材料包/);
    applyImport(setup.project, await importPackage(setup.project, setup.packageFile), new Map());
    removeDepartment(setup.project, setup.departmentId);
    expect(listDepartments(setup.project)).toEqual([]);
    expect(setup.project.outline().every((n) => n.departmentId === null)).toBe(true);
  } finally {
    setup.project.close();
  }
});

test.each([
  ['by id', 'n2', 'n2'],
  ['by exact title, spaces ignored', '立 德 树 人', 'n2'],
  ['by title with a typed number', '（一）立德树人', 'n2'],
  ['by a part that only one title has', '就业', 'n3'],
  ['ambiguous part', '人才', 'ambiguous:n1,n4'],
  ['nothing', '国际合作', 'none:'],
])('findSection %s', (_name, query, expected) => {
  const outline = [
    { id: 'n1', parentId: null, position: 0, title: '人才培养', role: 'body' as const, numbered: true, departmentId: null },
    { id: 'n2', parentId: 'n1', position: 0, title: '立德树人', role: 'body' as const, numbered: true, departmentId: null },
    { id: 'n3', parentId: 'n1', position: 1, title: '高质就业', role: 'body' as const, numbered: true, departmentId: null },
    { id: 'n4', parentId: null, position: 1, title: '人才培养模式改革', role: 'body' as const, numbered: true, departmentId: null },
  ];
  const match = findSection(outline, query);
  expect(match.ok ? match.node.id : `${match.reason}:${match.candidates.map((n) => n.id).join(',')}`).toBe(expected);
});
