/**
 * One outline node's content (its Slate blocks) → plan blocks. Numbers, anchors, assets and
 * warnings come from the caller through {@link ContentServices}, so the same walk serves the body
 * and the copies of classic cases in the appendix.
 */
import { autofitWidths } from '../tables/autofit-widths';
import type { BlockElement, CaseChild, FigureElement, InlineNode, SectionContent } from '../model/document';
import type { StructureKind } from '../numbering/structure-numbering';
import { buildTableMap } from '../tables/table-map';
import { normalizeTable } from '../tables/normalize-table';
import type { TableElement } from '../tables/table-types';
import { exportWarnings, type ExportWarningLog } from './export-warnings';
import type { AssetRef, BlockRole, CaptionPlan, PlanBlock, PlanInline } from './report-plan';
import { BROKEN_XREF_TEXT } from './export-warnings';
import type { XrefTarget } from './xref-targets';
import { planChart } from '../charts/chart-plan';

export interface ContentServices {
  /** Caption of a numbered item, called in document order. */
  caption(id: string, kind: StructureKind, title: string): CaptionPlan;
  anchorOf(id: string): string;
  asset(sha256: string): AssetRef | undefined;
  xrefTarget(id: string): XrefTarget | undefined;
  /** Whether the node holding a target is part of this export. */
  isExported(nodeId: string): boolean;
  readonly warnings: ExportWarningLog;
  /** How many em of the table font fit across the text width (for content-following column widths). */
  readonly tableEm: number;
}

export interface ContentScope {
  /** Number and title of the node, for warnings. */
  readonly nodeTitle: string;
  readonly nodeDepth: number;
  /** Computed numbers of the node's own headings (numberContentHeadings). */
  readonly headingLabels: ReadonlyMap<string, string>;
  /** The node's blocks, where a chart finds its table (charts bind to a table of their own section). */
  readonly blocks?: readonly unknown[];
}

const MAX_TOC_LEVEL = 3;

export function planInline(nodes: readonly InlineNode[], scope: ContentScope, services: ContentServices): PlanInline[] {
  const out: PlanInline[] = [];
  for (const node of nodes) {
    if ('text' in node) {
      if (node.text === '') continue;
      out.push({
        kind: 'text',
        text: node.text,
        ...(node.bold ? { bold: true as const } : {}),
        ...(node.italic ? { italic: true as const } : {}),
        ...(node.underline ? { underline: true as const } : {}),
      });
      continue;
    }
    const target = services.xrefTarget(node.target);
    if (target === undefined) {
      services.warnings.brokenXref(scope.nodeTitle);
      out.push({ kind: 'broken-ref', text: BROKEN_XREF_TEXT });
    } else if (services.isExported(target.nodeId)) {
      out.push({ kind: 'ref', anchor: target.anchor, result: target.result });
    } else {
      out.push({ kind: 'ref-text', result: target.result });
    }
  }
  return out;
}

function hasContent(inline: readonly PlanInline[]): boolean {
  return inline.some((part) => part.kind !== 'text' || part.text.trim() !== '');
}

/** A table this short never splits across pages and stays on the page of its caption. */
export const KEEP_TOGETHER_ROWS = 10;

function planTable(table: TableElement, services: ContentServices): PlanBlock {
  const caption = services.caption(table.id, 'table', table.caption);
  const normal = normalizeTable(table);
  if (normal !== table && buildTableMap(table).problems.length > 0) services.warnings.note(exportWarnings.repairedTable(`${caption.label} ${caption.number}`));
  const rows = buildTableMap(normal).height;
  return {
    kind: 'table',
    caption,
    source: table.source.trim(),
    table: normal,
    columnWidths: autofitWidths(normal, services.tableEm),
    keepTogether: rows <= KEEP_TOGETHER_ROWS,
  };
}

function planFigure(figure: FigureElement, scope: ContentScope, services: ContentServices): PlanBlock {
  const caption = services.caption(figure.id, 'figure', figure.caption);
  if (figure.chart !== undefined) {
    const label = `${caption.label} ${caption.number}`;
    const chart = planChart(figure, figure.chart, scope.blocks ?? []);
    if (chart.problem !== null) services.warnings.note(exportWarnings.chartProblem(label, chart.problem, chart.data !== null));
    return {
      kind: 'figure',
      caption,
      source: figure.source.trim(),
      asset: null,
      missingName: figure.caption.trim() || '图表',
      widthPercent: Math.min(100, Math.max(10, Number.isFinite(figure.width) ? figure.width : 100)),
      chart,
    };
  }
  const asset = figure.asset === null ? undefined : services.asset(figure.asset);
  const missingName = figure.missingName?.trim() || figure.caption.trim() || '未命名图片';
  if (asset === undefined) services.warnings.missingImage(`${caption.label} ${caption.number}`, missingName);
  return {
    kind: 'figure',
    caption,
    source: figure.source.trim(),
    asset: asset ?? null,
    missingName,
    widthPercent: Math.min(100, Math.max(10, Number.isFinite(figure.width) ? figure.width : 100)),
  };
}

function planBlock(block: BlockElement | CaseChild, role: BlockRole, scope: ContentScope, services: ContentServices): PlanBlock | null {
  switch (block.type) {
    case 'heading': {
      const content = planInline(block.children, scope, services);
      const number = role === 'body' ? scope.headingLabels.get(block.id) : undefined;
      // Headings inside a case box, and unnumbered ones, are sub-heads: not part of the outline.
      if (role === 'case' || block.numbered === false || number === undefined) return { kind: 'subhead', role, content };
      const level = scope.nodeDepth + block.level;
      return { kind: 'heading', level, number, content, anchor: services.anchorOf(block.id), inToc: level <= MAX_TOC_LEVEL, pageBreakBefore: false };
    }
    case 'paragraph': {
      const content = planInline(block.children, scope, services);
      // Empty paragraphs are spacing typed by hand (or the template's placeholder); styles space the text.
      if (!hasContent(content)) return null;
      return block.align === undefined ? { kind: 'paragraph', role, content } : { kind: 'paragraph', role, align: block.align, content };
    }
    case 'bulleted-list':
    case 'numbered-list': {
      const items = block.children.map((item) => planInline(item.children, scope, services)).filter(hasContent);
      return items.length === 0 ? null : { kind: 'list', role, ordered: block.type === 'numbered-list', items };
    }
    case 'table':
      return planTable(block, services);
    case 'figure':
      return planFigure(block, scope, services);
    case 'case': {
      const caption = services.caption(block.id, 'case', block.title);
      return { kind: 'case', caption, children: planBlocks(block.children, 'case', scope, services) };
    }
    default:
      return null;
  }
}

export function planBlocks(content: SectionContent | readonly CaseChild[], role: BlockRole, scope: ContentScope, services: ContentServices): PlanBlock[] {
  const out: PlanBlock[] = [];
  for (const block of content) {
    const planned = planBlock(block, role, scope, services);
    if (planned !== null) out.push(planned);
  }
  return out;
}

// True when content has something to show; one definition with the problems model's empty sections.
export { contentHasSubstance } from '../problems/content-problems';
