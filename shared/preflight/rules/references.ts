/**
 * references — references to figures, tables and cases:
 * - typed ones (如图 1-6 所示, 见表 2, 案例 8) that are not live cross-references: a warning, with a
 *   fix that turns them into one when the target exists (an error when it does not);
 * - a reference to a figure in another chapter from the paragraph right before a figure of its own
 *   that nothing references: most likely a wrong number (the fix points it at that figure);
 * - figures and tables that nothing references (info).
 *
 * Which typed numbers count as references follows the importer (markdown/cross-references.ts):
 * a chapter-style number (1-6) wherever it stands except after 附/续, a bare one (图 3) only after a
 * cue word (见, 如 …) or chained to a reference just before it.
 */
import { normalizeNumber, TYPED_NUMBER_SOURCE } from '../../markdown/typed-numbers';
import type { NumberedStructure, StructureKind } from '../../numbering/structure-numbering';
import { at, matches, type PreflightRule, type RawFinding, type RuleContext } from '../rule';
import type { TextUnit } from '../text-units';

const TYPED_REFERENCE = new RegExp(`(图|表|案例)\\s*(${TYPED_NUMBER_SOURCE})`, 'g');
const BLOCKED_BEFORE = /[附续]$/;
const CUE_BEFORE = /(?:见|如|由|据|详见|参见|参看|见于)[下上]?\s*$/;
const CHAIN_BEFORE = /(?:、|，|,|和|与|及|以及|至|到)\s*$/;
const UNIT_AFTER = /^\s*[年月日个项张幅名人次家门类%％‰万亿元倍]/;
const KIND: Readonly<Record<string, StructureKind>> = { 图: 'figure', 表: 'table', 案例: 'case' };

export interface TypedReference {
  readonly unit: TextUnit;
  readonly offset: number;
  readonly excerpt: string;
  readonly kind: StructureKind;
  readonly number: string;
}

function insideXref(unit: TextUnit, offset: number): boolean {
  return unit.xrefs.some((x) => offset >= x.offset && offset < x.offset + x.length);
}

/** Typed references in running text (paragraphs and list items; captions and titles are not references). */
export function typedReferences(unit: TextUnit): TypedReference[] {
  if ((unit.kind !== 'paragraph' && unit.kind !== 'list-item') || !/[图表]/.test(unit.text)) return [];
  const found: TypedReference[] = [];
  let chainEnd = -1;
  for (const m of matches(TYPED_REFERENCE, unit.text)) {
    if (insideXref(unit, m.index)) {
      chainEnd = m.index + m[0].length;
      continue;
    }
    const before = unit.text.slice(0, m.index);
    const typed = m[2] as string;
    if (BLOCKED_BEFORE.test(before)) continue;
    const chapterStyle = /[-－—–.．]/.test(typed);
    if (!chapterStyle) {
      if (UNIT_AFTER.test(unit.text.slice(m.index + m[0].length))) continue;
      const chained = chainEnd >= 0 && CHAIN_BEFORE.test(unit.text.slice(chainEnd, m.index));
      if (!CUE_BEFORE.test(before) && !chained) continue;
    }
    found.push({ unit, offset: m.index, excerpt: m[0], kind: KIND[m[1] as string] as StructureKind, number: normalizeNumber(typed) });
    chainEnd = m.index + m[0].length;
  }
  // Live references next to typed ones also continue a chain (见图 1-1、图 1-2 where the first is live).
  return found;
}

function topChapter(context: RuleContext): (nodeId: string) => string {
  const parent = new Map(context.report.outline.map((n) => [n.id, n.parentId]));
  return (nodeId) => {
    let id = nodeId;
    for (let p = parent.get(id); p !== null && p !== undefined; p = parent.get(id)) id = p;
    return id;
  };
}

export const referencesRule: PreflightRule = {
  id: 'references',
  run(context) {
    const out: RawFinding[] = [];
    const structures = context.numbering.structures;
    const byNumber = new Map<string, NumberedStructure>();
    for (const s of structures) byNumber.set(`${s.kind}:${s.number}`, s);
    const byId = new Map(structures.map((s) => [s.id, s]));

    // What references what, report-wide (a figure referenced from another section is referenced).
    const referenced = new Set<string>();
    const refsOf = new Map<TextUnit, { target: NumberedStructure; offset: number; excerpt: string; live: boolean }[]>();
    for (const unit of context.allUnits) {
      const list: { target: NumberedStructure; offset: number; excerpt: string; live: boolean }[] = [];
      for (const x of unit.xrefs) {
        referenced.add(x.target);
        const target = byId.get(x.target);
        if (target !== undefined) list.push({ target, offset: x.offset, excerpt: unit.text.slice(x.offset, x.offset + x.length), live: true });
      }
      for (const ref of typedReferences(unit)) {
        const target = byNumber.get(`${ref.kind}:${ref.number}`);
        if (target !== undefined) {
          referenced.add(target.id);
          list.push({ target, offset: ref.offset, excerpt: ref.excerpt, live: false });
        }
        if (!context.checked(unit.sectionId)) continue;
        if (target === undefined) {
          out.push(at(unit, ref.offset, ref.excerpt, 'error', `手写的引用“${ref.excerpt}”找不到对应的${ref.excerpt.startsWith('案例') ? '案例' : ref.excerpt[0]}（报告中没有这个编号）`));
        } else {
          out.push(at(unit, ref.offset, ref.excerpt, 'warning', `“${ref.excerpt}”是手写的编号，不是交叉引用，编号变化后不会跟着更新；可转换为指向“${target.label} ${target.caption}”的交叉引用`, target.label, { kind: 'xref', target: target.id }));
        }
      }
      if (list.length > 0) refsOf.set(unit, list);
    }

    // A paragraph right before an unreferenced figure of its own that points at a figure of another chapter.
    const chapterOf = topChapter(context);
    const blocks = context.blocks;
    const placeOf = new Map(context.allBlocks.map((b) => [b.block.id, b]));
    for (let i = 0; i + 1 < blocks.length; i++) {
      const here = blocks[i];
      const next = blocks[i + 1];
      if (here === undefined || next === undefined || next.block.type !== 'figure' || here.block.type !== 'paragraph') continue;
      if (referenced.has(next.block.id) || here.sectionId !== next.sectionId) continue;
      const own = byId.get(next.block.id);
      const unit = context.units.find((u) => u.blockId === here.block.id);
      if (own === undefined || unit === undefined) continue;
      for (const ref of refsOf.get(unit) ?? []) {
        if (ref.target.kind !== 'figure' || ref.target.id === own.id) continue;
        const placed = placeOf.get(ref.target.id);
        const elsewhere = chapterOf(ref.target.nodeId) !== chapterOf(here.sectionId) ? '另一章' : placed !== undefined && (placed.sectionId !== here.sectionId || placed.caseId !== here.caseId) ? (here.caseId !== null ? '案例框之外' : '另一节') : null;
        if (elsewhere === null) continue;
        out.push(at(unit, ref.offset, ref.excerpt, 'warning', `这里引用的“${ref.excerpt}”在${elsewhere}（${ref.target.caption}），而紧接着的${own.label}“${own.caption}”没有被引用，编号可能写错了`, own.label, { kind: 'xref', target: own.id }));
      }
    }

    // Figures and tables nothing refers to.
    for (const s of structures) {
      if (s.kind === 'case' || referenced.has(s.id) || !context.checked(s.nodeId)) continue;
      const unit = context.units.find((u) => u.blockId === s.id && u.field === 'caption');
      if (unit === undefined) continue;
      out.push(at(unit, 0, unit.text, 'info', `${s.label}“${s.caption}”在正文中没有被引用`));
    }
    return out;
  },
};
