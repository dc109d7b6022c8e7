/** A small project for package tests: two sections of the template with known paragraphs, one department. */
import path from 'node:path';
import { addComment } from '../../electron/departments/comments';
import { addDepartment, assignNode } from '../../electron/departments/departments';
import { createPackage } from '../../electron/packages/create-package';
import { Project } from '../../electron/project-store/project';
import type { SectionContent } from '../../shared/model/document';
import { table } from '../merge/support';

export interface SmallSetup {
  readonly project: Project;
  readonly departmentId: string;
  /** Assigned to the department. */
  readonly sections: readonly [string, string];
  /** Not assigned. */
  readonly other: string;
  readonly packageFile: string;
}

export const TEXT: SectionContent = [
  { type: 'paragraph', id: 'p1', children: [{ text: '学院坚持立德树人根本任务。' }] },
  { type: 'paragraph', id: 'p2', children: [{ text: '深化产教融合，服务区域发展。' }] },
  { type: 'paragraph', id: 'p3', children: [{ text: '毕业生去向落实率达 95.3%。' }] },
  table('t1', [['院系', '人数'], ['机电', '100']]),
];

export function smallSetup(dir: string, name = '年报.rwproj'): SmallSetup {
  const project = Project.create(path.join(dir, name), { unitName: '天津工业职业学院', year: 2025 });
  const nodes = project.outline().filter((n) => n.parentId !== null);
  const [a, b, c] = [nodes[0], nodes[1], nodes[2]].map((n) => (n as { id: string }).id) as [string, string, string];
  for (const id of [a, b, c]) project.saveSection(id, TEXT.map((block) => ({ ...block, id: `${id}-${block.id}` }) as typeof block), project.loadSection(id).revision);
  const department = addDepartment(project, { name: '教务部', lead: '李主任', writers: '王老师' });
  assignNode(project, a, department.id);
  assignNode(project, b, department.id);
  addComment(project, { nodeId: a, blockId: `${a}-p3`, text: '请核实落实率数据。' });
  const packageFile = path.join(dir, `${path.basename(name, '.rwproj')}-教务部.rwpkg`);
  createPackage(project, department.id, packageFile);
  return { project, departmentId: department.id, sections: [a, b], other: c, packageFile };
}
