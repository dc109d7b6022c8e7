import { addDepartment, listDepartments } from '../../departments/departments';
import { Project } from '../../project-store/project';
import { EXIT_OK, usageError } from '../cli-error';
import { DEPARTMENT_HELP } from '../collaboration-help';
import { expectPositionals, type Command } from './command';

export const departmentCommand: Command = {
  name: 'department',
  help: DEPARTMENT_HELP,
  options: {
    name: { type: 'string' },
    lead: { type: 'string' },
    writer: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
  run(args, io) {
    const [action, file] = expectPositionals(args, [
      { zh: '操作（add 或 list）', en: 'action (add or list)' },
      { zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' },
    ]) as [string, string];
    if (action === 'list') {
      const project = Project.open(file, { readOnly: true });
      try {
        const titles = new Map(project.outline().map((n) => [n.id, n.title]));
        const departments = listDepartments(project);
        if (args.flags.has('json')) io.out(`${JSON.stringify(departments, null, 2)}\n`);
        else if (departments.length === 0) io.out('项目中还没有编写部门。\n');
        else {
          for (const d of departments) {
            const people = [d.lead && `负责人 ${d.lead}`, d.writers && `主要编写人 ${d.writers}`].filter(Boolean).join('，');
            io.out(`${d.name}${people ? `（${people}）` : ''}：${d.nodeIds.map((id) => titles.get(id) ?? id).join('、') || '未分配章节'}\n`);
          }
        }
      } finally {
        project.close();
      }
      return EXIT_OK;
    }
    if (action !== 'add') throw usageError(`未知操作：${action}（可用 add、list）`, `unknown action: ${action} (use add or list)`);
    const name = args.strings.get('name');
    if (name === undefined || name.trim() === '') throw usageError('缺少 --name 部门名称', 'missing --name');
    const project = Project.open(file);
    try {
      const added = addDepartment(project, { name, lead: args.strings.get('lead') ?? '', writers: args.strings.get('writer') ?? '' });
      io.out(`已添加部门“${added.name}”（${added.id}）。\n`);
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
