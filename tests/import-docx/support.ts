/** Importing Word reports into real project files, and reading what they became. */
import path from 'node:path';
import { importMarkdownIntoProject } from '../../electron/import/import-markdown-file';
import { Project } from '../../electron/project-store/project';
import { prepareDocxImport, type PreparedDocxImport } from '../../electron/word/report/read-report-docx';
import type { BlockElement, SectionContent } from '../../shared/model/document';
import { plainText } from '../../shared/model/document';
import { outlineInOrder } from '../../shared/model/outline';

export const WORD_REPORTS = path.resolve(__dirname, '..', 'fixtures', 'word-reports');
export const wordReport = (name: string): string => path.join(WORD_REPORTS, name);

export interface ImportedProject {
  readonly prepared: PreparedDocxImport;
  /** Outline nodes in reading order: depth, title, numbered, role, content. */
  readonly nodes: readonly { depth: number; title: string; numbered: boolean; role: string; content: SectionContent }[];
  readonly assets: number;
}

export async function importInto(projectFile: string, docx: string): Promise<ImportedProject> {
  const prepared = await prepareDocxImport(docx);
  importMarkdownIntoProject(projectFile, prepared);
  return readProject(projectFile, prepared);
}

export function readProject(projectFile: string, prepared: PreparedDocxImport): ImportedProject {
  const project = Project.open(projectFile, { readOnly: true });
  try {
    const nodes = outlineInOrder(project.outline()).map((n) => ({
      depth: n.depth,
      title: n.title,
      numbered: n.numbered,
      role: n.role,
      content: project.loadSection(n.id).content,
    }));
    const assets = (project.db.prepare('SELECT COUNT(*) AS n FROM asset').get() as { n: number }).n;
    return { prepared, nodes, assets };
  } finally {
    project.close();
  }
}

/** Every block, those inside case boxes included. */
export function blocksOf(content: readonly BlockElement[]): BlockElement[] {
  return content.flatMap((b) => (b.type === 'case' ? [b, ...b.children] : [b]));
}

export function ofType<T extends BlockElement['type']>(content: readonly BlockElement[], type: T): Extract<BlockElement, { type: T }>[] {
  return blocksOf(content).filter((b): b is Extract<BlockElement, { type: T }> => b.type === type);
}

/** A block as a short readable line: `heading:1:形成…`, `table:…`, `paragraph:…`. */
export function describe(block: BlockElement): string {
  switch (block.type) {
    case 'heading':
      return `heading:${block.level}${block.numbered === false ? '*' : ''}:${plainText(block)}`;
    case 'table':
      return `table:${block.caption}|${block.source}`;
    case 'figure':
      return `figure:${block.asset === null ? 'placeholder' : 'image'}:${block.caption}|${block.source}`;
    case 'case':
      return `case:${block.title}`;
    case 'bulleted-list':
    case 'numbered-list':
      return `${block.type}:${block.children.map((item) => plainText(item)).join('/')}`;
    case 'paragraph':
      return `paragraph:${block.children.map((c) => ('type' in c ? '[xref]' : c.text)).join('')}`;
  }
}
