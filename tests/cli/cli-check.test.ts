/** `reportworks check` on real project and package files: output, JSON, exit codes, read-only. */
import fs from 'node:fs';
import path from 'node:path';
import { addDepartment, assignNode } from '../../electron/departments/departments';
import { createPackage } from '../../electron/packages/create-package';
import { addIgnored, writePreflightSettings } from '../../electron/project-store/queries/preflight-queries';
import { findingKey } from '../../shared/preflight/run-preflight';
import { createProject, nodeIdByTitle, paragraphs } from '../support/project-helpers';
import { expectOneLineError, fileState, makeTempDir, runCli } from './support';

let dir: string;
let cleanup: () => void;
let file: string;
let pkg: string;
let prefaceId: string;

interface JsonOut {
  findings: { rule: string; severity: string; section: string; blockId: string; excerpt: string; context: string; suggestion: string | null; message: string }[];
  counts: { error: number; warning: number; info: number; ignored: number };
}

beforeAll(() => {
  ({ dir, cleanup } = makeTempDir());
  const project = createProject(dir);
  prefaceId = project.outline()[0]?.id as string;
  const preface = project.outline()[0];
  project.saveSection(prefaceId, paragraphs('显著提升了学校的杜会服务能力、国际影响力。', '学院与天钢集团合作，同学们再接再励。'), project.loadSection(prefaceId).revision);
  const chapter = nodeIdByTitle(project, project.outline().find((n) => n.parentId === null && n.id !== preface?.id)?.title as string);
  const section = project.outline().find((n) => n.parentId === chapter) ?? project.outline().find((n) => n.id === chapter);
  project.saveSection(section?.id as string, paragraphs('智能技术系与多家知名企業合作。'), project.loadSection(section?.id as string).revision);
  project.write(() => {
    project.query(writePreflightSettings, { glossary: [{ preferred: '天津钢铁集团有限公司', variants: ['天钢集团'] }], traditionalAllow: [] });
    // The office decided the idiom stays as the quoted speaker wrote it.
    project.query(addIgnored, [{ key: findingKey('typo', 'p1', 'text', '再接再励'), rule: 'typo', nodeId: prefaceId, excerpt: '再接再励', createdAt: '2025-12-01T00:00:00.000Z' }]);
  });
  const department = addDepartment(project, { name: '教务处', lead: '', writers: '' });
  assignNode(project, prefaceId, department.id);
  pkg = path.join(dir, '教务处.rwpkg');
  createPackage(project, department.id, pkg);
  project.close();
  file = path.join(dir, '年报.rwproj');
});

afterAll(() => cleanup());

test('prints one line per finding and a summary; exit 0; the file is left as it was', async () => {
  const before = fileState(file);
  const run = await runCli(['check', file]);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/前言 \[p0 @\d+\] 错误 typo: “杜会” → 社会/);
  expect(run.stdout).toContain('traditional: “業” → 业');
  expect(run.stdout).toContain('glossary: “天钢集团” → 天津钢铁集团有限公司');
  expect(run.stdout).not.toContain('再接再励');
  expect(run.stdout).toMatch(/校对完成：\d+ 个错误.*（已忽略 1 个）/);
  expect(fileState(file)).toEqual(before);
});

test('--json gives findings with context and counts', async () => {
  const run = await runCli(['check', file, '--json', '--rules', 'typo']);
  expect(run.status).toBe(0);
  const out = JSON.parse(run.stdout) as JsonOut;
  expect(out.findings).toEqual([
    { rule: 'typo', severity: 'error', section: '前言', sectionId: prefaceId, blockId: 'p0', field: 'text', offset: 8, excerpt: '杜会', context: '显著提升了学校的杜会服务能力、国际影响力', suggestion: '社会', message: '疑似错别字：“杜会”不成词，可能应为“社会”', key: 'typo|p0|text|杜会' },
  ]);
  expect(out.counts).toMatchObject({ error: 1, warning: 0, info: 0, ignored: 1 });
});

test('--fail-on: exit 3 when a finding of that severity remains, 0 otherwise', async () => {
  expect((await runCli(['check', file, '--fail-on', 'error'])).status).toBe(3);
  expect((await runCli(['check', file, '--rules', 'traditional', '--fail-on', 'error'])).status).toBe(0);
  expect((await runCli(['check', file, '--rules', 'traditional', '--fail-on', 'warning'])).status).toBe(3);
});

test('--section limits the check to one section', async () => {
  const out = JSON.parse((await runCli(['check', file, '--json', '--section', '前言'])).stdout) as JsonOut;
  expect(out.findings.length).toBeGreaterThan(0);
  expect(new Set(out.findings.map((f) => f.section))).toEqual(new Set(['前言']));
});

test('a package: only the sections of the department, with the glossary and ignores of the office', async () => {
  const run = await runCli(['check', pkg, '--json']);
  expect(run.status).toBe(0);
  const out = JSON.parse(run.stdout) as JsonOut;
  expect(out.findings.map((f) => f.excerpt).sort()).toEqual(['天钢集团', '杜会'].sort());
  expect(out.counts.ignored).toBe(1);
});

test('bad arguments and missing files: one line, exit 2', async () => {
  expectOneLineError(await runCli(['check', file, '--rules', 'typo,bogus']), 2, 'bogus');
  expectOneLineError(await runCli(['check', file, '--fail-on', 'info']), 2, '--fail-on');
  expectOneLineError(await runCli(['check', path.join(dir, 'missing.rwproj')]), 2);
  expectOneLineError(await runCli(['check']), 2);
  expectOneLineError(await runCli(['check', file, '--section', '没有这一节']), 2, '没有这一节');
});

test('a file that is not a project: one line, exit 1, untouched', async () => {
  const bogus = path.join(dir, 'notes.rwproj');
  fs.writeFileSync(bogus, '这不是项目文件');
  const before = fileState(bogus);
  const run = await runCli(['check', bogus]);
  expect(run.status).not.toBe(0);
  expectOneLineError(run, run.status as number);
  expect(fileState(bogus)).toEqual(before);
});
