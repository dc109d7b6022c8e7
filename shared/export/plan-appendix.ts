/**
 * Generated content at the back of the report: the classic cases (经典案例 1…n) repeated in the case
 * appendix, and the 编写分工 table.
 */
import type { CaseElement } from '../model/document';
import type { NumberedStructure } from '../numbering/structure-numbering';
import { copyCaption } from './caption-counter';
import { planBlocks, type ContentServices } from './plan-content';
import type { GridBlock, NoteBlock, PlanBlock } from './report-plan';

export interface DepartmentRow {
  readonly name: string;
  readonly lead: string;
  readonly writers: string;
}

export interface ClassicCase {
  readonly element: CaseElement;
  readonly structure: NumberedStructure;
}

/**
 * A classic case in the appendix, as seed 001 prints them: a level-2 heading 经典案例 n + title (in
 * the table of contents) and the case's content as ordinary text. Captions inside keep their numbers
 * from the body as plain text: the figures are the same ones, and counting them again would shift the
 * numbers of everything after.
 */
export function planClassicCase(classic: ClassicCase, services: ContentServices, structureOf: (id: string) => NumberedStructure | undefined): PlanBlock[] {
  const n = classic.structure.classicNumber ?? 0;
  const copies: ContentServices = {
    ...services,
    caption: (id, kind, title) => copyCaption(structureOf(id) ?? { id, kind, number: '', label: '', nodeId: '', caption: title, classicNumber: null }),
  };
  const heading: PlanBlock = {
    kind: 'heading',
    level: 2,
    number: '',
    content: [{ kind: 'text', text: `经典案例 ${n}　${classic.element.title}` }],
    anchor: services.anchorOf(`classic_${classic.element.id}`),
    inToc: true,
    pageBreakBefore: false,
  };
  const scope = { nodeTitle: `经典案例 ${n}`, nodeDepth: 2, headingLabels: new Map<string, string>(), blocks: classic.element.children };
  return [heading, ...planBlocks(classic.element.children, 'body', scope, copies)];
}

const AUTHORSHIP_HEADER = ['编写部门', '负责人', '主要编写人'] as const;

export function planAuthorship(departments: readonly DepartmentRow[]): GridBlock | NoteBlock {
  if (departments.length === 0) return { kind: 'note', text: '（编写分工尚未填写。）' };
  return {
    kind: 'grid',
    header: [...AUTHORSHIP_HEADER],
    rows: departments.map((d) => [d.name, d.lead, d.writers]),
    widths: [3, 2, 5],
  };
}
