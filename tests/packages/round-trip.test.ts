/**
 * The office's whole cycle on the full fixture with 20 departments: assign every outline node
 * round-robin, issue 20 packages, let each department edit its sections in contributor mode (a
 * paragraph changed, one deleted, a table cell edited, a paragraph added), edit other paragraphs
 * in the office meanwhile, then merge all 20. The merged report must equal the document computed
 * by applying both sets of edits to the original directly, without the merge.
 */
import path from 'node:path';
import { addDepartment, listDepartments, assignNode } from '../../electron/departments/departments';
import { buildDashboard } from '../../electron/departments/dashboard';
import { applyImport } from '../../electron/packages/apply-import';
import { createPackage } from '../../electron/packages/create-package';
import { importPackage } from '../../electron/packages/import-package';
import { listPackageRecords } from '../../electron/packages/package-registry';
import type { Project } from '../../electron/project-store/project';
import { canonicalJson } from '../../shared/merge/canonical-json';
import type { Decision } from '../../shared/merge/merge-types';
import type { SectionContent } from '../../shared/model/document';
import { outlineInOrder } from '../../shared/model/outline';
import { makeTempDir, removeTempDir } from '../support/temp-files';
import { departmentEdit, editPackage, fixtureProject, officeEdit, officeTarget } from './support';

const DEPARTMENTS = 20;
let dir: string;
let project: Project;
const expected = new Map<string, SectionContent>();
const packages: string[] = [];

beforeAll(async () => {
  dir = makeTempDir('rw-roundtrip-');
  project = await fixtureProject(dir);
}, 120_000);

afterAll(() => {
  project?.close();
  removeTempDir(dir);
});

test('20 departments get every node of the report, round-robin', () => {
  for (let i = 0; i < DEPARTMENTS; i += 1) addDepartment(project, { name: `部门${i + 1}`, lead: `负责人${i + 1}`, writers: `编写人${i + 1}` });
  const departments = listDepartments(project);
  const nodes = outlineInOrder(project.outline());
  expect(nodes.length).toBeGreaterThan(DEPARTMENTS);
  nodes.forEach((node, i) => assignNode(project, node.id, (departments[i % DEPARTMENTS] as { id: string }).id));
  const dashboard = buildDashboard(project, '2025-12-01');
  expect(dashboard.unassigned).toEqual([]);
  expect(dashboard.departments.map((d) => d.nodes.length).reduce((a, b) => a + b, 0)).toBe(nodes.length);
  expect(dashboard.departments.every((d) => d.statusCounts['not-started'] === d.nodes.length)).toBe(true);
});

test('a package per department, edited in contributor mode and submitted', () => {
  const before = new Map(project.loadAllSections().map((s) => [s.id, s.content]));
  for (const department of listDepartments(project)) {
    const file = path.join(dir, `${department.name}.rwpkg`);
    const created = createPackage(project, department.id, file);
    expect(created.sections.map((s) => s.nodeId)).toEqual(department.nodeIds);
    editPackage(file, (content, nodeId) => departmentEdit(content, `${department.name}-${nodeId}`));
    packages.push(file);
  }
  // The expected result, computed without the merge: the department's edits, then the office's.
  for (const [id, content] of before) {
    const department = listDepartments(project).find((d) => d.nodeIds.includes(id)) as { name: string };
    const edited = departmentEdit(content, `${department.name}-${id}`);
    const target = officeTarget(content);
    expected.set(id, target === null ? edited : officeEdit(edited, target));
  }
  expect(buildDashboard(project).departments.every((d) => d.statusCounts.drafting === d.nodes.length)).toBe(true);
});

test('the office edits other paragraphs of the same sections meanwhile', () => {
  let edited = 0;
  for (const doc of project.loadAllSections()) {
    const target = officeTarget(doc.content);
    if (target === null) continue;
    project.saveSection(doc.id, officeEdit(doc.content, target), doc.revision);
    edited += 1;
  }
  expect(edited).toBeGreaterThan(10);
});

test('merging all 20 packages gives exactly the expected report, without conflicts', async () => {
  let changes = 0;
  for (const file of packages) {
    const prepared = await importPackage(project, file);
    expect(prepared.review.conflicts).toBe(0);
    const all = prepared.sections.flatMap((s) => s.merge.changes);
    changes += all.length;
    const decisions = new Map<string, Decision>(all.map((c) => [c.id, 'accept']));
    const outcome = applyImport(project, prepared, decisions);
    expect(outcome.unresolved).toEqual([]);
    expect(outcome.applied).toBe(all.length);
  }
  expect(changes).toBeGreaterThan(100);
  const mismatched = project
    .loadAllSections()
    .filter((doc) => canonicalJson(doc.content) !== canonicalJson(expected.get(doc.id)))
    .map((doc) => doc.id);
  expect(mismatched).toEqual([]);
  // Every changed section has a 'merge' revision in its history; every package is recorded as merged.
  for (const doc of project.loadAllSections()) expect(project.history(doc.id)[0]?.reason).toBe('merge');
  expect(listPackageRecords(project).every((p) => p.mergedAt !== null && p.summary?.applied !== undefined)).toBe(true);
  expect(buildDashboard(project).departments.every((d) => d.statusCounts.submitted === d.nodes.length)).toBe(true);
});
