import type { SectionContent } from '../../shared/model/document';

export interface StructureCounts {
  readonly tables: number;
  readonly figures: number;
  /** Figures drawn from a table (charts), also counted in `figures`. */
  readonly charts: number;
  readonly cases: number;
}

/** Counts the report structures inside one section's content (nested ones included). */
export function countStructures(content: SectionContent): StructureCounts {
  let tables = 0;
  let figures = 0;
  let cases = 0;
  let charts = 0;
  const stack: unknown[] = [...content];
  while (stack.length > 0) {
    const node = stack.pop() as { type?: string; children?: unknown[] };
    if (node.type === 'table') tables += 1;
    else if (node.type === 'figure') {
      figures += 1;
      if ((node as { chart?: unknown }).chart !== undefined) charts += 1;
    }
    else if (node.type === 'case') cases += 1;
    if (Array.isArray(node.children)) stack.push(...node.children);
  }
  return { tables, figures, charts, cases };
}
