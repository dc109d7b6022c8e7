/**
 * The report as the preflight reads it: one text unit per paragraph, heading, list item, table
 * cell, caption, case title, source line and outline title, with cross-references rendered as the
 * reader sees them (图 1-6), and where each one sits. Offsets of findings are offsets in this text.
 */
import type { BlockElement, InlineNode, SectionContent } from '../model/document';
import type { OutlineNode } from '../model/outline';
import { outlineInOrder } from '../model/outline';
import type { TableElement } from '../tables/table-types';

export type UnitKind = 'section-title' | 'paragraph' | 'heading' | 'list-item' | 'cell' | 'figure-caption' | 'table-caption' | 'case-title' | 'source';

/** A live cross-reference inside a unit's text. */
export interface UnitXref {
  readonly offset: number;
  readonly length: number;
  readonly target: string;
}

export interface TextUnit {
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly blockId: string;
  /** 'text', 'caption', 'title', 'source', or the cell's id. */
  readonly field: string;
  readonly kind: UnitKind;
  readonly text: string;
  readonly xrefs: readonly UnitXref[];
  /** The case box the unit stands in, if any. */
  readonly caseId: string | null;
}

/** A block as the structure rules see it: what it is, where, in reading order. */
export interface PlacedBlock {
  readonly sectionId: string;
  readonly block: BlockElement;
  readonly caseId: string | null;
}

export type LabelOf = (target: string) => string | null;

/** What a cross-reference whose target is gone shows (as the editor and the exports show it). */
export const BROKEN_XREF = '[引用失效]';
const BROKEN = BROKEN_XREF;

function renderInlines(children: readonly InlineNode[], labelOf: LabelOf): { text: string; xrefs: UnitXref[] } {
  let text = '';
  const xrefs: UnitXref[] = [];
  for (const child of children) {
    if ('type' in child && child.type === 'xref') {
      const label = labelOf(child.target) ?? BROKEN;
      xrefs.push({ offset: text.length, length: label.length, target: child.target });
      text += label;
    } else {
      text += (child as { text: string }).text;
    }
  }
  return { text, xrefs };
}

export function unitsOfTable(table: TableElement, base: Omit<TextUnit, 'blockId' | 'field' | 'kind' | 'text' | 'xrefs'>, into: TextUnit[]): void {
  into.push({ ...base, blockId: table.id, field: 'caption', kind: 'table-caption', text: table.caption, xrefs: [] });
  for (const row of table.children) {
    for (const cell of row.children) {
      const text = cell.children.map((c) => c.text).join('');
      if (text !== '') into.push({ ...base, blockId: table.id, field: cell.id, kind: 'cell', text, xrefs: [] });
    }
  }
  if (table.source !== '') into.push({ ...base, blockId: table.id, field: 'source', kind: 'source', text: table.source, xrefs: [] });
}

function unitsOfBlock(block: BlockElement, node: OutlineNode, caseId: string | null, labelOf: LabelOf, into: TextUnit[], placed: PlacedBlock[]): void {
  const base = { sectionId: node.id, sectionTitle: node.title, caseId };
  placed.push({ sectionId: node.id, block, caseId });
  switch (block.type) {
    case 'paragraph':
    case 'heading': {
      const { text, xrefs } = renderInlines(block.children, labelOf);
      into.push({ ...base, blockId: block.id, field: 'text', kind: block.type, text, xrefs });
      return;
    }
    case 'bulleted-list':
    case 'numbered-list':
      for (const item of block.children) {
        into.push({ ...base, blockId: item.id, field: 'text', kind: 'list-item', text: item.children.map((c) => c.text).join(''), xrefs: [] });
      }
      return;
    case 'table':
      unitsOfTable(block, base, into);
      return;
    case 'figure':
      into.push({ ...base, blockId: block.id, field: 'caption', kind: 'figure-caption', text: block.caption, xrefs: [] });
      if (block.source !== '') into.push({ ...base, blockId: block.id, field: 'source', kind: 'source', text: block.source, xrefs: [] });
      return;
    case 'case':
      into.push({ ...base, blockId: block.id, field: 'title', kind: 'case-title', text: block.title, xrefs: [] });
      for (const child of block.children) unitsOfBlock(child, node, block.id, labelOf, into, placed);
      return;
  }
}

export interface ReportText {
  readonly units: readonly TextUnit[];
  readonly blocks: readonly PlacedBlock[];
}

interface CachedSection {
  readonly title: string;
  /** The labels its cross-references showed, joined: units are reused only while they are the same. */
  readonly labels: string;
  readonly targets: readonly string[];
  readonly units: readonly TextUnit[];
  readonly blocks: readonly PlacedBlock[];
}

/**
 * Units per section content object. The editor replaces a section's content array when it
 * changes and keeps the others, so a re-check after typing reads only the edited section again.
 */
const sectionCache = new WeakMap<SectionContent, CachedSection>();

function sectionUnits(node: OutlineNode, content: SectionContent, labelOf: LabelOf): CachedSection {
  const cached = sectionCache.get(content);
  if (cached !== undefined && cached.title === node.title && cached.targets.map((t) => labelOf(t) ?? BROKEN).join('\u0000') === cached.labels) return cached;
  const units: TextUnit[] = [];
  const blocks: PlacedBlock[] = [];
  for (const block of content) unitsOfBlock(block, node, null, labelOf, units, blocks);
  const targets = units.flatMap((u) => u.xrefs.map((x) => x.target));
  const fresh: CachedSection = { title: node.title, labels: targets.map((t) => labelOf(t) ?? BROKEN).join('\u0000'), targets, units, blocks };
  sectionCache.set(content, fresh);
  return fresh;
}

/** Units of the given nodes (all when `only` is undefined), in reading order. */
export function collectUnits(
  outline: readonly OutlineNode[],
  contentOf: (nodeId: string) => SectionContent | undefined,
  labelOf: LabelOf,
  only?: ReadonlySet<string>,
): ReportText {
  const units: TextUnit[] = [];
  const blocks: PlacedBlock[] = [];
  for (const node of outlineInOrder(outline)) {
    if (only !== undefined && !only.has(node.id)) continue;
    units.push({ sectionId: node.id, sectionTitle: node.title, blockId: node.id, field: 'title', kind: 'section-title', text: node.title, xrefs: [], caseId: null });
    const content = contentOf(node.id);
    if (content === undefined) continue;
    const section = sectionUnits(node, content, labelOf);
    units.push(...section.units);
    blocks.push(...section.blocks);
  }
  return { units, blocks };
}

const HAN = /\p{Script=Han}/gu;

export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}
