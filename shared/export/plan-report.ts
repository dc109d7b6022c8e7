/**
 * Builds the {@link ReportPlan}: walks the outline in reading order, includes the parts that are
 * switched on, numbers everything as the app does, and collects the entries of the table of contents
 * and of the lists of figures, tables and cases from what was actually written.
 *
 * The case appendix: when its node (or a section under it) already has content, that content is the
 * appendix and is kept as written (seed 001 has its 经典案例 as sections there); only an empty
 * appendix is filled with the cases flagged classic, as 经典案例 1…n.
 */
import { resolvePreset, tableEmOf } from './style-presets';
import type { CaseElement, SectionContent } from '../model/document';
import type { OutlineNode, OutlineTreeNode } from '../model/outline';
import { chapterFinder, outlineInOrder } from '../model/outline';
import type { ReportSettings } from '../model/settings';
import { numberContentHeadings, numberOutline } from '../numbering/heading-numbering';
import { numberStructures, type StructureKind, type StructureNumbering } from '../numbering/structure-numbering';
import { AnchorNames } from './anchors';
import { CaptionCounter, copyCaption } from './caption-counter';
import type { ExportPartKey, ExportParts } from './export-parts';
import { ExportWarningLog, exportWarnings } from './export-warnings';
import { planCover, planStatement, type StatementSource } from './front-matter';
import { planAuthorship, planClassicCase, type ClassicCase, type DepartmentRow } from './plan-appendix';
import { contentHasSubstance, planBlocks, type ContentServices } from './plan-content';
import type { AssetRef, CaptionListPlan, HeadingBlock, PlanBlock, PlanInline, ReportPlan, TocEntry } from './report-plan';
import { xmlSafePlan } from './xml-safe-plan';
import { emptySectionIds, typedHeadingNumbers } from '../problems/content-problems';
import { collectXrefTargets } from './xref-targets';

export interface ReportSource {
  readonly settings: ReportSettings;
  readonly outline: readonly OutlineNode[];
  readonly contentOf: (nodeId: string) => SectionContent | undefined;
  /** In the order they are listed in the 编写分工 table. */
  readonly departments: readonly DepartmentRow[];
  /** Stored images by hash (metadata only; exporters fetch the bytes when they write them). */
  readonly assets: ReadonlyMap<string, AssetRef>;
  readonly statement: StatementSource;
  /** Sections whose stored content was damaged: the revision read instead (null: shown blank). */
  readonly recovered?: ReadonlyMap<string, number | null>;
}

const LIST_TITLES: Readonly<Record<StructureKind, string>> = { figure: '图目录', table: '表目录', case: '案例目录' };
const LIST_PARTS: readonly [StructureKind, ExportPartKey][] = [
  ['figure', 'figureList'],
  ['table', 'tableList'],
  ['case', 'caseList'],
];

function partOf(root: OutlineNode): ExportPartKey {
  if (root.role === 'case-appendix') return 'caseAppendix';
  if (root.role === 'authorship') return 'authorship';
  return 'body';
}

export function inlineText(content: readonly PlanInline[]): string {
  return content.map((part) => (part.kind === 'text' ? part.text : part.kind === 'broken-ref' ? part.text : part.result)).join('');
}

/** Every case flagged classic, in document order, with its number. */
function findClassicCases(nodes: readonly OutlineTreeNode[], contentOf: ReportSource['contentOf'], numbering: StructureNumbering): ClassicCase[] {
  const found: ClassicCase[] = [];
  for (const node of nodes) {
    for (const block of contentOf(node.id) ?? []) {
      if (block.type !== 'case' || block.classic !== true) continue;
      const structure = numbering.byId.get(block.id);
      if (structure !== undefined) found.push({ element: block as CaseElement, structure });
    }
  }
  return found;
}

export function planReport(source: ReportSource, parts: ExportParts): ReportPlan {
  const { settings, outline, contentOf } = source;
  const nodes = outlineInOrder(outline);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rootOf = chapterFinder(nodes);
  const exportedNode = (nodeId: string): boolean => {
    const node = byId.get(nodeId);
    return node !== undefined && parts[partOf(rootOf(node))];
  };

  const numbering = numberStructures(outline, contentOf, settings.numberingScheme);
  const anchors = new AnchorNames();
  const targets = collectXrefTargets(outline, contentOf, numbering, anchors);
  const counter = new CaptionCounter(settings.numberingScheme);
  const warnings = new ExportWarningLog();
  const warn = (text: string): void => warnings.note(text);
  const services: ContentServices = {
    caption: (id, kind, title) => {
      const structure = numbering.byId.get(id);
      return structure === undefined
        ? copyCaption({ id, kind, number: '', label: '', nodeId: '', caption: title, classicNumber: null })
        : counter.next(structure, anchors.of(id));
    },
    anchorOf: (id) => anchors.of(id),
    asset: (sha256) => source.assets.get(sha256),
    xrefTarget: (id) => targets.get(id),
    isExported: exportedNode,
    warnings,
    tableEm: tableEmOf(resolvePreset(settings)),
  };

  const nodeLabels = numberOutline(outline);
  for (const node of nodes) {
    const recovered = source.recovered?.get(node.id);
    if (recovered !== undefined && exportedNode(node.id)) warn(exportWarnings.recoveredSection(`${nodeLabels.get(node.id) ?? ''}${node.title}`, recovered));
  }
  const body: PlanBlock[] = [];
  const classics = findClassicCases(nodes, contentOf, numbering);
  const nodeHeading = (node: OutlineTreeNode, title = node.title): HeadingBlock => ({
    kind: 'heading',
    level: node.depth,
    number: nodeLabels.get(node.id) ?? '',
    content: [{ kind: 'text', text: title.trim() }],
    anchor: anchors.of(node.id),
    inToc: true,
    pageBreakBefore: node.depth === 1,
  });
  const scopeOf = (node: OutlineTreeNode, content: SectionContent) => ({
    nodeTitle: `${nodeLabels.get(node.id) ?? ''}${node.title}`,
    nodeDepth: node.depth,
    headingLabels: numberContentHeadings(content, node.depth),
    blocks: content,
  });
  const subtreeHasSubstance = (node: OutlineTreeNode): boolean =>
    contentHasSubstance(contentOf(node.id)) || node.children.some(subtreeHasSubstance);

  // The same empty sections and typed numbers the app's 问题 panel lists (shared/problems).
  const emptySections = new Set(emptySectionIds(outline, contentOf));
  const typedNumbers = typedHeadingNumbers(outline, contentOf).filter((p) => exportedNode(p.nodeId));
  if (typedNumbers.length > 0) warn(exportWarnings.typedHeadingNumbers(typedNumbers.map((p) => p.text)));
  let skipUnder: string | null = null;
  let sawAppendix = false;
  let sawAuthorship = false;
  for (const node of nodes) {
    if (skipUnder !== null && rootOf(node).id === skipUnder) continue;
    skipUnder = null;
    if (!exportedNode(node.id)) continue;
    const content = contentOf(node.id) ?? [];
    if (node.depth === 1 && node.role === 'case-appendix') {
      sawAppendix = true;
      if (!subtreeHasSubstance(node)) {
        skipUnder = node.id;
        if (classics.length === 0) warn(exportWarnings.noClassicCases());
        else body.push(nodeHeading(node), ...classics.flatMap((c) => planClassicCase(c, services, (id) => numbering.byId.get(id))));
        continue;
      }
      if (classics.length > 0) warn(exportWarnings.appendixKept(classics.length));
    }
    body.push(nodeHeading(node));
    body.push(...planBlocks(content, 'body', scopeOf(node, content), services));
    if (node.depth === 1 && node.role === 'authorship') {
      sawAuthorship = true;
      if (source.departments.length === 0) warn(exportWarnings.authorshipEmpty());
      body.push(planAuthorship(source.departments));
    } else if (emptySections.has(node.id)) {
      warnings.emptySection(`${nodeLabels.get(node.id) ?? ''}${node.title}`);
    }
  }
  // Projects without these nodes (blank reports) still get them when there is something to show.
  if (parts.caseAppendix && !sawAppendix && classics.length > 0) {
    body.push(syntheticHeading('案例附录', anchors.of('case_appendix')), ...classics.flatMap((c) => planClassicCase(c, services, (id) => numbering.byId.get(id))));
  }
  if (parts.authorship && !sawAuthorship && source.departments.length > 0) {
    body.push(syntheticHeading('编写分工', anchors.of('authorship')), planAuthorship(source.departments));
  }

  const { toc, lists } = collectEntries(body);
  return xmlSafePlan({
    settings,
    parts,
    cover: parts.cover ? planCover(settings) : null,
    statement: parts.statement ? planStatement(settings, source.statement) : null,
    toc: parts.toc ? { title: '目录', entries: toc } : null,
    captionLists: LIST_PARTS.filter(([kind, part]) => parts[part] && (lists.get(kind)?.length ?? 0) > 0).map(
      ([kind]): CaptionListPlan => ({ kind, title: LIST_TITLES[kind], label: labelOf(kind), entries: lists.get(kind) ?? [] }),
    ),
    body,
    warnings: warnings.list(),
  });
}

function syntheticHeading(title: string, anchor: string): HeadingBlock {
  return { kind: 'heading', level: 1, number: '', content: [{ kind: 'text', text: title }], anchor, inToc: true, pageBreakBefore: true };
}

function labelOf(kind: StructureKind): string {
  return kind === 'figure' ? '图' : kind === 'table' ? '表' : '案例';
}

/** Table of contents and caption lists, from the blocks as written (so they match the document). */
function collectEntries(blocks: readonly PlanBlock[]): { toc: TocEntry[]; lists: Map<StructureKind, TocEntry[]> } {
  const toc: TocEntry[] = [];
  const lists = new Map<StructureKind, TocEntry[]>();
  const walk = (list: readonly PlanBlock[]): void => {
    for (const block of list) {
      if (block.kind === 'heading' && block.inToc) {
        toc.push({ level: block.level, text: `${block.number}${inlineText(block.content)}`, anchor: block.anchor });
      } else if (block.kind === 'table' || block.kind === 'figure' || block.kind === 'case') {
        const { caption } = block;
        if (caption.anchor !== null) {
          const entries = lists.get(caption.kind) ?? [];
          entries.push({ level: 1, text: `${caption.label} ${caption.number} ${caption.title}`.trim(), anchor: caption.anchor });
          lists.set(caption.kind, entries);
        }
        if (block.kind === 'case') walk(block.children);
      }
    }
  };
  walk(blocks);
  return { toc, lists };
}
