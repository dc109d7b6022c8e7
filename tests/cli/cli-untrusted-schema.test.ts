/**
 * The CLI on a project carrying a foreign trigger: `import-md` (which writes) and `info` (which
 * only reads) refuse it with one bilingual line, exit 1, and the file keeps its bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../electron/project-store/sqlite';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);

test('import-md and info refuse a project with a history-wiping trigger, leaving it as it was', async () => {
  const project = path.join(temp.dir, '年报.rwproj');
  expect((await runCli(['new', project, '--unit', '天津工业职业学院', '--year', '2025'])).status).toBe(0);
  const db = openDatabase(project);
  db.exec('CREATE TRIGGER wipe AFTER INSERT ON section_revision BEGIN DELETE FROM section_revision; END');
  db.close();
  const markdown = path.join(temp.dir, 'r.md');
  fs.writeFileSync(markdown, '# 人才培养\n\n## 立德树人\n\n新的正文。\n');
  const before = fileState(project);
  for (const args of [['import-md', project, markdown], ['info', project]]) {
    expectOneLineError(
      await runCli(args),
      1,
      '“年报.rwproj”在年报工坊之外被其他软件改动过，为安全起见没有打开',
      '文件未作任何改动',
      'was changed outside ReportWorks (trigger wipe)',
    );
  }
  expect(fileState(project)).toEqual(before);
});
