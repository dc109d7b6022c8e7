import { assignNode, departmentByName } from '../../departments/departments';
import { setNodeStatus } from '../../departments/node-status';
import { Project } from '../../project-store/project';
import { EXIT_OK, usageError } from '../cli-error';
import { ASSIGN_HELP } from '../collaboration-help';
import { resolveSection } from '../section-arg';
import { expectPositionals, type Command } from './command';

export const assignCommand: Command = {
  name: 'assign',
  help: ASSIGN_HELP,
  options: { section: { type: 'string' }, department: { type: 'string' }, due: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  run(args, io) {
    const [file] = expectPositionals(args, [{ zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' }]) as [string];
    const section = args.strings.get('section');
    const departmentName = args.strings.get('department');
    if (section === undefined) throw usageError('缺少 --section 章节', 'missing --section');
    if (departmentName === undefined) throw usageError('缺少 --department 部门名称', 'missing --department');
    const project = Project.open(file);
    try {
      const node = resolveSection(project.outline(), section);
      const none = departmentName.trim().toLowerCase() === 'none';
      const department = none ? null : departmentByName(project, departmentName);
      // Assignment and due date in one transaction: a bad date leaves the assignment as it was.
      project.write(() => {
        assignNode(project, node.id, department?.id ?? null);
        const due = args.strings.get('due');
        if (due !== undefined) setNodeStatus(project, node.id, { dueDate: due });
      });
      io.out(department ? `已把“${node.title}”分配给“${department.name}”。\n` : `已取消“${node.title}”的分配。\n`);
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
