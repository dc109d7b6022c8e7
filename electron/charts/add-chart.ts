/**
 * Adding a chart to a project from outside the editor (`reportworks chart add`): find the table,
 * resolve the chart from it (a chart that cannot be drawn is refused, the project untouched), and
 * store a chart figure right after the table, in the same container (a case box keeps it inside),
 * as a new revision of the table's section.
 */
import { chartSpec, type ChartSpec } from '../../shared/charts/chart-spec';
import { resolveChart } from '../../shared/charts/resolve-chart';
import { newBlockId } from '../../shared/ids/block-id';
import type { BlockElement, CaseChild, FigureElement, SectionContent } from '../../shared/model/document';
import { outlineInOrder } from '../../shared/model/outline';
import { numberStructures } from '../../shared/numbering/structure-numbering';
import { compactText } from '../../shared/tables/cjk-text';
import type { TableElement } from '../../shared/tables/table-types';
import { AppError } from '../errors/app-error';
import type { Project } from '../project-store/project';

export interface FoundTable {
  readonly nodeId: string;
  readonly table: TableElement;
  /** 表 1-1. */
  readonly label: string;
}

function tablesOf(content: readonly (BlockElement | CaseChild)[]): TableElement[] {
  const out: TableElement[] = [];
  for (const block of content) {
    if (block.type === 'table') out.push(block);
    else if (block.type === 'case') out.push(...tablesOf(block.children));
  }
  return out;
}

/** Every table of the report with its number, in document order. */
export function reportTables(project: Project): FoundTable[] {
  const outline = project.outline();
  const contents = new Map(outlineInOrder(outline).map((node) => [node.id, project.loadSection(node.id).content] as const));
  const numbering = numberStructures(outline, (id) => contents.get(id), project.settings().numberingScheme);
  const found: FoundTable[] = [];
  for (const [nodeId, content] of contents) {
    for (const table of tablesOf(content)) found.push({ nodeId, table, label: numbering.byId.get(table.id)?.label ?? '表' });
  }
  return found;
}

/**
 * The table `query` names: its id, its number (表 1-1, 1-1), or a part of its caption matching one
 * table only. Several matches or none: the candidates are in the error, for the user to choose.
 */
export function findReportTable(tables: readonly FoundTable[], query: string): { ok: true; table: FoundTable } | { ok: false; candidates: FoundTable[] } {
  const q = compactText(query);
  const byId = tables.filter((t) => t.table.id === query);
  if (byId.length === 1) return { ok: true, table: byId[0] as FoundTable };
  const byNumber = tables.filter((t) => compactText(t.label) === q || compactText(t.label) === `表${q}`);
  if (byNumber.length === 1) return { ok: true, table: byNumber[0] as FoundTable };
  const byCaption = tables.filter((t) => q !== '' && compactText(t.table.caption).includes(q));
  if (byCaption.length === 1) return { ok: true, table: byCaption[0] as FoundTable };
  return { ok: false, candidates: byCaption.length > 1 ? byCaption : [] };
}

function insertAfter(content: readonly (BlockElement | CaseChild)[], tableId: string, figure: FigureElement): (BlockElement | CaseChild)[] | null {
  const out: (BlockElement | CaseChild)[] = [];
  let done = false;
  for (const block of content) {
    if (block.type === 'case' && !done) {
      const inner = insertAfter(block.children, tableId, figure);
      if (inner !== null) {
        out.push({ ...block, children: inner as CaseChild[] });
        done = true;
        continue;
      }
    }
    out.push(block);
    if (!done && block.type === 'table' && block.id === tableId) {
      out.push(figure);
      done = true;
    }
  }
  return done ? out : null;
}

export interface AddedChart {
  readonly figureId: string;
  /** 图 1-2. */
  readonly label: string;
  readonly caption: string;
  readonly notes: readonly string[];
}

export function addChart(project: Project, found: FoundTable, options: Partial<Omit<ChartSpec, 'table'>> & Pick<ChartSpec, 'type'>, caption: string | undefined): AddedChart {
  const spec = chartSpec(found.table.id, options.type, options);
  const resolved = resolveChart(found.table, spec);
  if (!resolved.ok) throw new AppError('INVALID_OPERATION', { detail: `图表无法绘制：${resolved.problem}` });
  const figure: FigureElement = {
    type: 'figure',
    id: newBlockId(),
    asset: null,
    caption: (caption ?? found.table.caption).trim(),
    source: found.table.source,
    width: 80,
    chart: { ...spec, snapshot: resolved.data },
    children: [{ text: '' }],
  };
  const section = project.loadSection(found.nodeId);
  const content = insertAfter(section.content, found.table.id, figure);
  if (content === null) throw new AppError('NOT_FOUND', { what: '表格', id: found.table.id });
  project.saveSection(found.nodeId, content as SectionContent, section.revision);
  const outline = project.outline();
  const numbering = numberStructures(outline, (id) => project.loadSection(id).content, project.settings().numberingScheme);
  return { figureId: figure.id, label: numbering.byId.get(figure.id)?.label ?? '图', caption: figure.caption, notes: resolved.notes };
}
