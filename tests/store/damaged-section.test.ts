/**
 * One section whose stored JSON is damaged (bad sector, a crash in an old version, someone editing
 * the file with a SQLite tool) must not keep the project from opening: the section reads as its
 * newest readable revision, or as a placeholder, and the damaged text stays in the file until the
 * section is saved, and in its history afterwards.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportDocxToFile } from '../../electron/export/docx/export-docx';
import { Project } from '../../electron/project-store/project';
import { openDatabase } from '../../electron/project-store/sqlite';
import { outlineInOrder } from '../../shared/model/outline';
import { catchAppError, createProject, paragraphs } from '../support/project-helpers';
import { makeTempDir, removeTempDir } from '../support/temp-files';

const BROKEN = '{"broken';

let dir: string;
let file: string;
const open: Project[] = [];

function track(project: Project): Project {
  open.push(project);
  return project;
}

function closeAll(): void {
  for (const project of open.splice(0)) project.close();
}

/** Changes the closed project file directly, as a SQLite tool would. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = openDatabase(file, { fileMustExist: true });
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

function storedContent(nodeId: string): string {
  const db = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT content FROM section_content WHERE node_id = ?').get(nodeId) as { content: string }).content;
  } finally {
    db.close();
  }
}

function revisionTexts(nodeId: string): { revision: number; reason: string; content: string }[] {
  const db = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT revision, reason, content FROM section_revision WHERE node_id = ? ORDER BY revision').all(nodeId) as {
      revision: number;
      reason: string;
      content: string;
    }[];
  } finally {
    db.close();
  }
}

function text(content: unknown): string {
  return JSON.stringify(content);
}

/** The first two sections (depth 2) of the template, with content of their own. */
function twoSections(project: Project): [string, string] {
  const [first, second] = outlineInOrder(project.outline()).filter((n) => n.depth === 2);
  if (!first || !second) throw new Error('the template has no two sections');
  return [first.id, second.id];
}

let target: string;
let other: string;
let otherContent: string;

/** A project where `target` has revisions 1 (create), 2 (edit: 第一版) and 3 (import: 第二版). */
function prepare(): void {
  const project = createProject(dir);
  try {
    [target, other] = twoSections(project);
    project.saveSection(target, paragraphs('第一版正文'), 1);
    project.replaceSection(target, paragraphs('第二版正文'), 'import');
    project.saveSection(other, paragraphs('别的部分，完好无损'), 1);
    otherContent = text(project.loadSection(other).content);
  } finally {
    project.close();
  }
}

beforeEach(() => {
  dir = makeTempDir('rw-damaged-');
  file = path.join(dir, '年报.rwproj');
  prepare();
});

afterEach(() => {
  closeAll();
  removeTempDir(dir);
});

describe('a section whose stored content is damaged', () => {
  test('the project opens; the section shows its newest readable revision; the rest is intact', async () => {
    // Both the current content and its copy in the history are damaged: revision 2 is the newest good one.
    tamper('UPDATE section_content SET content = ? WHERE node_id = ?', BROKEN, target);
    tamper('UPDATE section_revision SET content = ? WHERE node_id = ? AND revision = 3', BROKEN, target);

    const project = track(Project.open(file));
    const doc = project.loadSection(target);
    expect(doc.revision).toBe(3);
    expect(doc.recovered).toEqual({ fromRevision: 2 });
    expect(text(doc.content)).toContain('第一版正文');

    expect(project.loadSection(other).recovered).toBeUndefined();
    expect(text(project.loadSection(other).content)).toBe(otherContent);

    const stats = project.stats();
    expect(stats.damaged).toEqual([target]);
    expect(project.snapshot().stats.damaged).toEqual([target]);
    expect(() => project.numbering()).not.toThrow();
    const all = project.loadAllSections();
    expect(all.find((d) => d.id === target)?.recovered).toEqual({ fromRevision: 2 });
    expect(all.filter((d) => d.recovered !== undefined)).toHaveLength(1);
    expect(text(all.find((d) => d.id === other)?.content)).toBe(otherContent);

    const out = path.join(dir, '年报.docx');
    const exported = await exportDocxToFile(project, out);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
    // The export says which section it could not read and what it printed instead.
    expect(exported.warnings.filter((w) => w.includes('已损坏'))).toEqual([expect.stringMatching(/^“.+”保存的内容已损坏，导出的是它的第 2 版历史内容/)]);

    // Reading never repairs: the damaged text stays in the file until the section is saved.
    project.close();
    expect(storedContent(target)).toBe(BROKEN);
  });

  test('opening read-only works too, and restoring the damaged revision is refused with a message', () => {
    tamper('UPDATE section_content SET content = ? WHERE node_id = ?', BROKEN, target);
    tamper('UPDATE section_revision SET content = ? WHERE node_id = ? AND revision = 3', BROKEN, target);

    const viewer = track(Project.open(file, { readOnly: true }));
    expect(viewer.loadSection(target).recovered).toEqual({ fromRevision: 2 });
    expect(viewer.stats().damaged).toEqual([target]);
    viewer.close();

    const project = track(Project.open(file));
    const error = catchAppError(() => project.restoreRevision(target, 3), 'INVALID_OPERATION');
    expect(error.message).toContain('损坏');
    // A readable revision restores as usual and ends the recovery.
    const restored = project.restoreRevision(target, 2);
    expect(restored.recovered).toBeUndefined();
    expect(project.loadSection(target).recovered).toBeUndefined();
    expect(project.stats().damaged).toBeUndefined();
  });

  test('with no readable revision it shows a placeholder paragraph', () => {
    tamper('UPDATE section_content SET content = ? WHERE node_id = ?', BROKEN, target);
    tamper('UPDATE section_revision SET content = ? WHERE node_id = ?', 'null', target);

    const project = track(Project.open(file));
    const doc = project.loadSection(target);
    expect(doc.recovered).toEqual({ fromRevision: null });
    expect(doc.content).toHaveLength(1);
    expect(doc.content[0]?.type).toBe('paragraph');
    expect(text(doc.content)).toContain('已损坏');
    expect(() => project.stats()).not.toThrow();
    expect(() => project.numbering()).not.toThrow();
  });

  test('JSON that parses but is not a list of blocks counts as damaged', () => {
    for (const bad of ['{"type":"paragraph"}', '[]', '[1,2]', '[{"type":"paragraph","children":[{"text":3}]}]']) {
      tamper('UPDATE section_content SET content = ? WHERE node_id = ?', bad, target);
      const project = track(Project.open(file));
      expect(project.loadSection(target).recovered).toEqual({ fromRevision: 3 });
      expect(text(project.loadSection(target).content)).toContain('第二版正文');
      closeAll();
    }
  });

  test('saving over the damaged content keeps the damaged text as a revision of its own', () => {
    // Only the current content is damaged (its copy in the history is the good text).
    tamper('UPDATE section_content SET content = ? WHERE node_id = ?', BROKEN, target);

    const project = track(Project.open(file));
    const doc = project.loadSection(target);
    expect(doc.recovered).toEqual({ fromRevision: 3 });
    const saved = project.saveSection(target, paragraphs('修复后的正文'), doc.revision);
    expect(saved.revision).toBe(5);
    const after = project.loadSection(target);
    expect(after.recovered).toBeUndefined();
    expect(text(after.content)).toContain('修复后的正文');
    expect(project.stats().damaged).toBeUndefined();
    expect(project.history(target).map((r) => [r.revision, r.reason])).toEqual([
      [5, 'edit'],
      [4, 'damaged'],
      [3, 'import'],
      [2, 'edit'],
      [1, 'create'],
    ]);
    // Further edits in the same few minutes fold into one history entry, never into the damaged one.
    project.saveSection(target, paragraphs('再改一次'), saved.revision);
    project.close();

    const revisions = revisionTexts(target);
    expect(revisions.find((r) => r.content === BROKEN)).toMatchObject({ revision: 4, reason: 'damaged' });
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4, 6]);
  });

  test('an autosave right after never folds away a damaged revision already in the history', () => {
    // The newest revision is an 'edit' of the same few minutes, holding the same damaged text as the section.
    const project0 = track(Project.open(file));
    const r4 = project0.saveSection(target, paragraphs('第三版'), 3).revision;
    closeAll();
    tamper('UPDATE section_content SET content = ? WHERE node_id = ?', BROKEN, target);
    tamper('UPDATE section_revision SET content = ? WHERE node_id = ? AND revision = ?', BROKEN, target, r4);

    const project = track(Project.open(file));
    const doc = project.loadSection(target);
    expect(doc.recovered).toEqual({ fromRevision: 3 });
    project.saveSection(target, paragraphs('修复后的正文'), doc.revision);
    project.close();

    const revisions = revisionTexts(target);
    expect(revisions.filter((r) => r.content === BROKEN)).toEqual([{ revision: r4, reason: 'edit', content: BROKEN }]);
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3, r4, r4 + 1]);
  });
});
