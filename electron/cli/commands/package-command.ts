import path from 'node:path';
import { departmentByName } from '../../departments/departments';
import { createPackage } from '../../packages/create-package';
import { PACKAGE_EXTENSION } from '../../packages/package-format';
import { Project } from '../../project-store/project';
import { EXIT_OK, usageError } from '../cli-error';
import { PACKAGE_HELP } from '../collaboration-help';
import { expectPositionals, type Command } from './command';

export const packageCommand: Command = {
  name: 'package',
  help: PACKAGE_HELP,
  options: { department: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  run(args, io) {
    const [file] = expectPositionals(args, [{ zh: '项目文件（.rwproj）', en: 'project file (.rwproj)' }]) as [string];
    const name = args.strings.get('department');
    const out = args.strings.get('out');
    if (name === undefined) throw usageError('缺少 --department 部门名称', 'missing --department');
    if (out === undefined) throw usageError(`缺少 --out <材料包${PACKAGE_EXTENSION}>`, `missing --out <package${PACKAGE_EXTENSION}>`);
    if (!out.toLowerCase().endsWith(PACKAGE_EXTENSION)) throw usageError(`材料包文件名应以 ${PACKAGE_EXTENSION} 结尾：${out}`, `the package file name must end in ${PACKAGE_EXTENSION}`);
    const project = Project.open(file);
    try {
      const created = createPackage(project, departmentByName(project, name).id, out);
      io.out(
        `已为“${created.department.name}”生成材料包 ${path.resolve(created.path)}：${created.sections.length} 个章节` +
          `（${created.sections.map((s) => s.title).join('、')}），图片 ${created.assets} 张，批注 ${created.comments} 条。\n`,
      );
    } finally {
      project.close();
    }
    return EXIT_OK;
  },
};
