/**
 * Numbers of figures (图), tables (表) and cases (案例), computed from document order over the whole
 * report, never stored. Two schemes: by chapter (`1-1`, as seed 001) or global (`1, 2, 3`).
 *
 * In the chapter scheme the chapter number is the ordinal of the top-level part among the parts
 * that count as chapters: numbered body chapters AND the case appendix (seed 001 numbers the
 * appendix's figures 图 8-1 after seven chapters). Front matter (前言) uses chapter 0, which is rare in
 * practice and keeps numbers unique.
 */
import type { OutlineNode } from '../model/outline';
import { outlineInOrder } from '../model/outline';
import type { NumberingScheme } from '../model/settings';

export type StructureKind = 'figure' | 'table' | 'case';

export const STRUCTURE_LABEL: Readonly<Record<StructureKind, string>> = { figure: '图', table: '表', case: '案例' };

export interface NumberedStructure {
  readonly id: string;
  readonly kind: StructureKind;
  /** The number alone: `1-1` or `7`. */
  readonly number: string;
  /** Label as printed: `图 1-1`. */
  readonly label: string;
  readonly nodeId: string;
  readonly caption: string;
  /** 经典案例 n, for cases flagged classic (they also appear in the appendix). */
  readonly classicNumber: number | null;
}

export interface StructureNumbering {
  readonly byId: ReadonlyMap<string, NumberedStructure>;
  readonly ordered: readonly NumberedStructure[];
}

interface ElementLike {
  readonly type?: unknown;
  readonly id?: unknown;
  readonly caption?: unknown;
  readonly title?: unknown;
  readonly classic?: unknown;
  readonly children?: readonly unknown[];
  readonly text?: unknown;
}

function textOf(node: unknown): string {
  const el = node as ElementLike;
  if (typeof el.text === 'string') return el.text;
  return Array.isArray(el.children) ? el.children.map(textOf).join('') : '';
}

/**
 * A structure's caption: the `caption` property of tables and figures, the `title` of cases, or
 * (for shapes that keep it as text) a child element whose type ends in `-caption`/`-title`.
 */
export function captionOf(node: unknown): string {
  const el = node as ElementLike;
  if (typeof el.caption === 'string') return el.caption;
  if (typeof el.title === 'string') return el.title;
  const child = (el.children ?? []).find((c) => {
    const type = (c as ElementLike).type;
    return typeof type === 'string' && (type.endsWith('-caption') || type.endsWith('-title'));
  });
  return child ? textOf(child).trim() : '';
}

function isStructure(type: unknown): type is StructureKind {
  return type === 'figure' || type === 'table' || type === 'case';
}

/** Chapter numbers for the chapter scheme: outline node id → chapter ordinal (0 = front matter). */
export function chapterOrdinals(outline: readonly OutlineNode[]): Map<string, number> {
  const result = new Map<string, number>();
  let chapter = 0;
  let current = 0;
  for (const node of outlineInOrder(outline)) {
    if (node.depth === 1) {
      const counts = (node.role === 'body' && node.numbered) || node.role === 'case-appendix';
      current = counts ? ++chapter : 0;
    }
    result.set(node.id, current);
  }
  return result;
}

export function numberStructures(
  outline: readonly OutlineNode[],
  contentOf: (nodeId: string) => readonly unknown[] | undefined,
  scheme: NumberingScheme,
): StructureNumbering {
  const chapters = chapterOrdinals(outline);
  const counters = new Map<string, number>();
  const ordered: NumberedStructure[] = [];
  let classic = 0;
  for (const node of outlineInOrder(outline)) {
    const chapter = chapters.get(node.id) ?? 0;
    const visit = (value: unknown): void => {
      const el = value as ElementLike;
      if (isStructure(el.type) && typeof el.id === 'string') {
        const key = scheme === 'chapter' ? `${el.type}:${chapter}` : el.type;
        const ordinal = (counters.get(key) ?? 0) + 1;
        counters.set(key, ordinal);
        const number = scheme === 'chapter' ? `${chapter}-${ordinal}` : String(ordinal);
        const isClassic = el.type === 'case' && el.classic === true;
        ordered.push({
          id: el.id,
          kind: el.type,
          number,
          label: `${STRUCTURE_LABEL[el.type]} ${number}`,
          nodeId: node.id,
          caption: captionOf(el),
          classicNumber: isClassic ? ++classic : null,
        });
      }
      if (Array.isArray(el.children)) el.children.forEach(visit);
    };
    (contentOf(node.id) ?? []).forEach(visit);
  }
  return { byId: new Map(ordered.map((s) => [s.id, s])), ordered };
}
