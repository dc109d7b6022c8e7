/**
 * One problems model (issue 15, bug 7): the 问题 count the app shows (report.numbering's problems)
 * and the export's warnings come from shared/problems, so they name the same empty sections and
 * the same typed heading numbers. Real project files from the built-in template.
 */
import { loadReportSource } from '../../electron/export/load-report';
import { ALL_PARTS } from '../../shared/export/export-parts';
import { planReport } from '../../shared/export/plan-report';
import type { SectionContent } from '../../shared/model/document';
import { findContentProblems, typedHeadingNumbers } from '../../shared/problems/content-problems';
import { createProject, nodeIdByTitle, paragraphs } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

let dir: string;
beforeEach(() => {
  dir = makeTempDir('rw-problems-');
});
afterEach(() => removeTempDir(dir));

const heading = (id: string, text: string, numbered = true): SectionContent[number] => ({ type: 'heading', id, level: 1, ...(numbered ? {} : { numbered: false as const }), children: [{ text }] });

test('the app and the export count the same empty sections', () => {
  const project = createProject(dir);
  const filled = ['立德树人', '多样成长', '数智赋能'].map((title) => nodeIdByTitle(project, title));
  for (const id of filled) project.saveSection(id, paragraphs('学院坚持立德树人根本任务。'), project.loadSection(id).revision);
  const numbering = project.numbering();
  const empty = numbering.problems.filter((p) => p.kind === 'empty-section').map((p) => p.nodeId);
  // Negative control: the filled sections are not listed, the others are.
  for (const id of filled) expect(empty).not.toContain(id);
  expect(empty).toContain(nodeIdByTitle(project, '高质就业'));
  const warnings = planReport(loadReportSource(project), ALL_PARTS).warnings;
  const line = warnings.find((w) => w.includes('个部分没有内容'));
  expect(line).toMatch(new RegExp(`^${empty.length} 个部分没有内容`));
  project.close();
});

test.each([
  ['1.师资队伍建设', true],
  ['（一）师资队伍', true],
  ['一、办学基础', true],
  ['①专业建设', true],
  // Not a typed number: a year, a decimal, a number alone.
  ['2025年毕业生就业', false],
  ['1.5倍增长', false],
  ['1.', false],
  ['师资队伍建设', false],
])('a heading “%s” has a typed number: %s', (text, expected) => {
  const content: SectionContent = [heading('h1', text)];
  const found = typedHeadingNumbers([{ id: 'n', parentId: null, position: 0, title: '人才培养', role: 'body', numbered: true, departmentId: null }], () => content);
  expect(found.length > 0).toBe(expected);
});

test('typed heading numbers: listed by the app and warned by the export; unnumbered headings are left alone', () => {
  const project = createProject(dir);
  const id = nodeIdByTitle(project, '立德树人');
  const content: SectionContent = [heading('h1', '1.师资队伍建设'), heading('h2', '1.经典案例', false), ...paragraphs('正文。')];
  project.saveSection(id, content, project.loadSection(id).revision);
  const typed = project.numbering().problems.filter((p) => p.kind === 'typed-heading-number');
  expect(typed).toEqual([{ kind: 'typed-heading-number', nodeId: id, blockId: 'h1', text: '1.师资队伍建设' }]);
  const warnings = planReport(loadReportSource(project), ALL_PARTS).warnings;
  expect(warnings.filter((w) => w.includes('开头手写了编号'))).toEqual([expect.stringContaining('“1.师资队伍建设”')]);
  project.close();
});

test('a department’s package judges only its own sections (the others carry no text)', () => {
  const outline = [
    { id: 'a', parentId: null, position: 0, title: '前言', role: 'preface' as const, numbered: false, departmentId: null },
    { id: 'b', parentId: null, position: 1, title: '人才培养', role: 'body' as const, numbered: true, departmentId: null },
  ];
  const all = findContentProblems(outline, () => []);
  expect(all.map((p) => p.nodeId)).toEqual(['a', 'b']);
  expect(findContentProblems(outline, () => [], { hasText: (id) => id === 'b' }).map((p) => p.nodeId)).toEqual(['b']);
});
