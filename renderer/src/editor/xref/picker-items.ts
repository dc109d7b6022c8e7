/**
 * What the 插入交叉引用 dialog lists: every table, figure, case and heading of the report with its
 * current label, filtered by kind and by what the author types (a number or words of the title).
 */
import type { NumberedHeading } from '../../../../shared/numbering/report-numbering';
import { headingLabel } from '../../../../shared/numbering/report-numbering';
import type { NumberedStructure, StructureKind } from '../../../../shared/numbering/structure-numbering';
import { normalizeTypedNumber } from './reference-cue';

export type PickerKind = StructureKind | 'heading';
export type PickerFilter = PickerKind | 'all';

export interface PickerItem {
  readonly id: string;
  readonly kind: PickerKind;
  readonly nodeId: string;
  /** What a reference to it will show: 表 1-1, （一）立德树人. */
  readonly label: string;
  /** The caption or title shown next to the label (empty for headings: their label is the title). */
  readonly caption: string;
  /** Heading depth for indenting (1 chapter, 2 section, 3… inside content); 0 for structures. */
  readonly level: number;
}

function fromStructure(s: NumberedStructure): PickerItem {
  return { id: s.id, kind: s.kind, nodeId: s.nodeId, label: s.label, caption: s.caption, level: 0 };
}

function fromHeading(h: NumberedHeading): PickerItem {
  return { id: h.id, kind: 'heading', nodeId: h.nodeId, label: headingLabel(h), caption: '', level: h.level };
}

/** Lower case, ASCII digits and dashes, no spaces: “表 1－1” and “表1-1” compare equal. */
function searchable(text: string): string {
  return normalizeTypedNumber(text).toLowerCase();
}

export function pickerItems(
  structures: readonly NumberedStructure[],
  headings: readonly NumberedHeading[],
  filter: PickerFilter,
  query: string,
): PickerItem[] {
  const items: PickerItem[] = [];
  if (filter !== 'heading') for (const s of structures) if (filter === 'all' || s.kind === filter) items.push(fromStructure(s));
  if (filter === 'all' || filter === 'heading') for (const h of headings) items.push(fromHeading(h));
  const words = query.split(/\s+/u).map(searchable).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const haystack = searchable(`${item.label}${item.caption}`);
    return words.every((w) => haystack.includes(w));
  });
}
