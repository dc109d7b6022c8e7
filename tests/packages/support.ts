/** Shared set-up for package tests: the full fixture in a project, and edits made in packages. */
import path from 'node:path';
import { fixturePath } from '../markdown/support';
import { importMarkdownIntoProject, prepareMarkdownImport } from '../../electron/import/import-markdown-file';
import { ContributorSession } from '../../electron/packages/contributor-session';
import { Project } from '../../electron/project-store/project';
import type { BlockElement, ParagraphElement, SectionContent, TableElement } from '../../shared/model/document';

export const FIXTURE = fixturePath();

/** A project holding the whole seed-001 report (tables, figure placeholders, cases). */
export async function fixtureProject(dir: string, name = '年报.rwproj'): Promise<Project> {
  const file = path.join(dir, name);
  Project.create(file, { unitName: '天津工业职业学院', year: 2025 }).close();
  importMarkdownIntoProject(file, await prepareMarkdownImport(FIXTURE));
  return Project.open(file);
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const isTextParagraph = (b: BlockElement): b is ParagraphElement => b.type === 'paragraph' && b.children.every((c) => 'text' in c) && b.children.some((c) => 'text' in c && c.text.length > 4);

/** The department's edits, a pure function of the content (so the expected result is computed without the merge). */
export function departmentEdit(content: SectionContent, tag: string): SectionContent {
  const out = clone(content);
  const paragraphs = out.filter(isTextParagraph);
  const first = paragraphs[0];
  // Change a paragraph.
  if (first) first.children = [...first.children, { text: `（${tag}修订）` }];
  // Delete a block: the second plain paragraph, if any.
  const second = paragraphs[1];
  if (second) out.splice(out.indexOf(second), 1);
  // Edit a table cell: the first body cell of the first top-level table.
  const table = out.find((b): b is TableElement => b.type === 'table');
  const cell = table?.children[table.headerRows]?.children[0];
  if (cell) cell.children = [{ text: `${cell.children.map((c) => c.text).join('')}（${tag}）` }];
  // Add a block at the end.
  out.push({ type: 'paragraph', id: `new-${tag}`, children: [{ text: `${tag}补充的一段。` }] });
  return out;
}

/** The block the office edits meanwhile, one the department leaves alone: the third plain paragraph. */
export function officeTarget(content: SectionContent): string | null {
  return content.filter(isTextParagraph)[2]?.id ?? null;
}

/** The office's edit of block `id` (wherever it is now). */
export function officeEdit(content: SectionContent, id: string): SectionContent {
  return clone(content).map((block) => (block.id === id ? { type: 'paragraph', id, children: [{ text: '专班统稿时改写的段落。' }] } : block));
}

/** Opens a package as the department's app would, edits every assigned section with `edit`, submits. */
export function editPackage(file: string, edit: (content: SectionContent, nodeId: string) => SectionContent): void {
  const session = ContributorSession.open(file);
  try {
    for (const doc of session.loadAllSections()) session.saveSection(doc.id, edit(doc.content, doc.id), doc.revision);
    session.submit();
  } finally {
    session.close();
  }
}
