/**
 * The department commands end to end with the built CLI on the full fixture: department add,
 * assign (by a part of the title, with ambiguity reported), package, import-md into a package,
 * merge --dry-run --json, merge --accept-nonconflicting with a conflict, and the refusals.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContributorSession } from '../../electron/packages/contributor-session';
import { Project } from '../../electron/project-store/project';
import { openingWords } from '../../shared/merge/review-wording';
import { plainText } from '../../shared/model/document';
import { fixturePath } from '../markdown/support';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

const temp = makeTempDir();
afterAll(temp.cleanup);
const project = path.join(temp.dir, 'report.rwproj');
const pkg = path.join(temp.dir, '教务部.rwpkg');

async function ok(args: string[]): Promise<string> {
  const run = await runCli(args);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  return run.stdout;
}

/** The first paragraph of 高质就业, with its id and text. */
function firstParagraph(file: string): { nodeId: string; id: string; text: string } {
  const p = Project.open(file, { readOnly: true });
  try {
    const node = p.outline().find((n) => n.title === '高质就业') as { id: string };
    const block = p.loadSection(node.id).content.find((b) => b.type === 'paragraph');
    if (!block) throw new Error('高质就业 has no paragraph');
    return { nodeId: node.id, id: block.id, text: plainText(block) };
  } finally {
    p.close();
  }
}

beforeAll(async () => {
  expect((await runCli(['new', project, '--unit', '天津工业职业学院', '--year', '2025'])).status).toBe(0);
  expect((await runCli(['import-md', project, fixturePath()])).status).toBe(0);
  // The fixture's pictures are not beside it: 立德树人 gets a picture placeholder for the department to edit.
  const p = Project.open(project);
  try {
    const node = p.outline().find((n) => n.title === '立德树人') as { id: string };
    const doc = p.loadSection(node.id);
    const figure = { type: 'figure' as const, id: 'fig-lide', asset: null, caption: '青年代表参加活动', source: '', width: 100, missingName: 'figure.png', children: [{ text: '' as const }] as [{ text: '' }] };
    p.saveSection(node.id, [...doc.content, figure], doc.revision);
  } finally {
    p.close();
  }
}, 60_000);

describe('department, assign, package', () => {
  it('adds departments with lead and writers, and refuses a duplicate name', async () => {
    expect(await ok(['department', 'add', project, '--name', '教务部', '--lead', '李主任', '--writer', '王老师、张老师'])).toContain('已添加部门“教务部”');
    await ok(['department', 'add', project, '--name', '学生处']);
    expectOneLineError(await runCli(['department', 'add', project, '--name', '教务部']), 1, '已有名为“教务部”的部门');
    expect(JSON.parse(await ok(['department', 'list', project, '--json']))).toMatchObject([
      { name: '教务部', lead: '李主任', writers: '王老师、张老师', nodeIds: [] },
      { name: '学生处', nodeIds: [] },
    ]);
  });

  it('assigns by id, title or an unambiguous part of it, and lists candidates otherwise', async () => {
    expect(await ok(['assign', project, '--section', '高质就', '--department', '教务部'])).toBe('已把“高质就业”分配给“教务部”。\n');
    await ok(['assign', project, '--section', '立德树人', '--department', '教务部', '--due', '2025-12-01']);
    const ambiguous = await runCli(['assign', project, '--section', '培养', '--department', '教务部']);
    expectOneLineError(ambiguous, 2, '“培养”对应多个章节', '一、人才培养', '请写完整标题或章节编号');
    expectOneLineError(await runCli(['assign', project, '--section', '不存在的章节', '--department', '教务部']), 2, '找不到章节“不存在的章节”');
    expectOneLineError(await runCli(['assign', project, '--section', '高质就业', '--department', '宣传部']), 1, '宣传部', '现有部门：教务部、学生处');
    expectOneLineError(await runCli(['assign', project, '--section', '高质就业', '--department', '教务部', '--due', '2025-13-01']), 1, 'YYYY-MM-DD');
  });

  it('writes the package and never overwrites one', async () => {
    expect(await ok(['package', project, '--department', '教务部', '--out', pkg])).toContain('2 个章节（立德树人、高质就业）');
    expectOneLineError(await runCli(['package', project, '--department', '教务部', '--out', pkg]), 1, '文件已存在');
    expectOneLineError(await runCli(['package', project, '--department', '学生处', '--out', path.join(temp.dir, 'x.rwpkg')]), 1, '还没有分配任何章节');
  });
});

describe('import-md into a package, then merge', () => {
  let office: { nodeId: string; id: string; text: string };

  beforeAll(() => {
    office = firstParagraph(project);
    // The office edits the first paragraph of 高质就业 meanwhile.
    const p = Project.open(project);
    try {
      const doc = p.loadSection(office.nodeId);
      p.saveSection(office.nodeId, doc.content.map((b) => (b.id === office.id ? { type: 'paragraph' as const, id: b.id, children: [{ text: `${office.text}（专班核实）` }] } : b)), doc.revision);
    } finally {
      p.close();
    }
    // The department drafted 高质就业 in Markdown: the first paragraph changed, one paragraph added.
    const draft = `## 高质就业\n\n${office.text.replace('3337', '3338')}\n\n部门补充的一段。\n`;
    fs.writeFileSync(path.join(temp.dir, 'draft.md'), draft);
    // In 立德树人 the department retitles the picture and gives its source.
    const session = ContributorSession.open(pkg);
    try {
      const node = session.contents.outline.find((n) => n.title === '立德树人') as { id: string };
      const doc = session.loadSection(node.id);
      let first = true;
      const content = doc.content.map((b) => {
        if (b.type !== 'figure' || !first) return b;
        first = false;
        return { ...b, caption: `${b.caption}（部门核对）`, source: '团委' };
      });
      session.saveSection(node.id, content, doc.revision);
    } finally {
      session.close();
    }
  });

  it('replaces only an assigned section, keeping the ids of paragraphs it matches', async () => {
    const md = path.join(temp.dir, 'draft.md');
    expectOneLineError(await runCli(['import-md', pkg, md, '--section', '前言']), 2, '不是分配给教务部的章节', '“立德树人”、“高质就业”');
    expectOneLineError(await runCli(['import-md', pkg, md]), 2, '--section');
    expect(await ok(['import-md', pkg, md, '--section', '高质就业'])).toContain('已把 draft.md 导入材料包 教务部.rwpkg 的“高质就业”');
  });

  it('--dry-run --json lists the changes and the conflict and changes nothing', async () => {
    const before = fileState(project);
    const data = JSON.parse(await ok(['merge', project, pkg, '--dry-run', '--json'])) as {
      source: { kind: string; departmentName: string };
      conflicts: number;
      sections: { title: string; changes: { id: string; kind: string; reason?: string; blockId: string }[] }[];
    };
    expect(data.source).toMatchObject({ kind: 'package', departmentName: '教务部' });
    const section = data.sections.find((s) => s.title === '高质就业');
    expect(data.conflicts).toBe(1);
    expect(section?.changes.find((c) => c.kind === 'conflict')).toMatchObject({ reason: 'both-modified', blockId: office.id });
    expect(section?.changes.some((c) => c.kind === 'insert')).toBe(true);
    expect(fileState(project)).toEqual(before);
    const text = await ok(['merge', project, pkg, '--dry-run', '--section', '高质就业']);
    expect(text).toContain('[冲突：双方都修改了] 段落');
    // The new paragraph says where it goes: after the department's first paragraph, by its opening words.
    const opening = openingWords(office.text.replace('3337', '3338'));
    expect(text).toMatch(new RegExp(`\\[新增\\] 段落 \\S+：插入在“${opening.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”之后；\\{\\+部门补充的一段。\\+\\}`));
    expect(text).not.toContain('立德树人（');
    // A changed picture property is named as in the app (题注, 数据来源), not by the model (caption:, source:).
    const lide = await ok(['merge', project, pkg, '--dry-run', '--section', '立德树人']);
    expect(lide).toMatch(/\[修改\] 图 1-\d+（fig-lide）：题注：.*\{\+（部门核对）\+\}；数据来源：\{\+团委\+\}/);
    expect(lide).not.toMatch(/caption:|source:/);
  });

  it('--accept-nonconflicting applies the rest, keeps the office text where they conflict and lists the conflict', async () => {
    const run = await runCli(['merge', project, pkg, '--accept-nonconflicting']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/已合并 教务部\.rwpkg：采纳 \d+ 处修改/);
    expect(run.stdout).toContain('有 1 处冲突未处理，保留了专班的版本');
    const after = firstParagraph(project);
    expect(after.text).toBe(`${office.text}（专班核实）`);
    const p = Project.open(project, { readOnly: true });
    try {
      const texts = p.loadSection(office.nodeId).content.map((b) => plainText(b));
      expect(texts).toContain('部门补充的一段。');
      expect(p.history(office.nodeId)[0]?.reason).toBe('merge');
    } finally {
      p.close();
    }
  });

  it('refuses the same package again, with one line and the project untouched', async () => {
    const before = fileState(project);
    expectOneLineError(await runCli(['merge', project, pkg, '--dry-run']), 1, '合并过，不能重复合并', '项目未作任何改动');
    expectOneLineError(await runCli(['merge', project, pkg, '--accept-nonconflicting']), 1, '合并过，不能重复合并');
    expect(fileState(project)).toEqual(before);
  });

  it('refuses a .docx that is not a Word file, and bad command lines', async () => {
    const fake = path.join(temp.dir, '稿件.docx');
    fs.writeFileSync(fake, 'plain text');
    const before = fileState(project);
    // Neither a package nor a Word file: said so, with or without --section (it used to ask for --section).
    for (const extra of [['--section', '高质就业'], []]) {
      expectOneLineError(
        await runCli(['merge', project, fake, ...extra, '--dry-run']),
        1,
        '“稿件.docx”既不是部门材料包（.rwpkg），也不是 Word 稿件（.docx）：文件内容无法识别。项目未作任何改动',
        'is neither a contribution package (.rwpkg) nor a Word draft (.docx)',
      );
    }
    expectOneLineError(await runCli(['merge', project, project, '--dry-run']), 1, '既不是部门材料包', '这是年报项目文件（.rwproj）', 'it is a project file');
    expectOneLineError(await runCli(['merge', project, temp.dir, '--dry-run']), 1, '既不是部门材料包', '这是文件夹');
    // A ZIP may be a Word draft: then the section it revises must be named.
    const zip = path.join(temp.dir, '稿件2.docx');
    fs.writeFileSync(zip, Buffer.from('504b03040000', 'hex'));
    expectOneLineError(await runCli(['merge', project, zip, '--dry-run']), 2, '--section');
    expectOneLineError(await runCli(['merge', project, pkg]), 2, '--dry-run', '--accept-nonconflicting');
    expectOneLineError(await runCli(['merge', project, pkg, '--section', '高质就业', '--accept-nonconflicting']), 2, '材料包须整体合并');
    expect(fileState(project)).toEqual(before);
  });
});
