/**
 * What of a section's content the report-wide numbering depends on: top-level headings (level,
 * numbered flag, text), tables, figures and cases (id, caption or title, classic flag) and
 * cross-references (id, target), and whether it has any content at all (the problems model lists
 * empty sections). Two contents with the same signature number identically and have the same
 * problems, so a save that leaves the signature unchanged (ordinary typing) needs nothing new from main.
 */
import type { SectionContent } from '../../../shared/model/document';
import { contentHasSubstance } from '../../../shared/problems/content-problems';

export function structureSignature(content: readonly unknown[]): string {
  const parts: string[] = [];
  const textOf = (node: unknown): string => {
    const n = node as { text?: unknown; children?: unknown };
    if (typeof n.text === 'string') return n.text;
    return Array.isArray(n.children) ? n.children.map(textOf).join('') : '';
  };
  const visit = (node: unknown, topLevel: boolean): void => {
    const el = node as { type?: unknown; id?: unknown; children?: unknown; [key: string]: unknown };
    switch (el.type) {
      case 'heading':
        if (topLevel) parts.push(`h|${String(el.id)}|${String(el.level)}|${el.numbered === false ? 0 : 1}|${textOf(el)}`);
        break;
      case 'table':
      case 'figure':
        parts.push(`${el.type}|${String(el.id)}|${String(el.caption)}`);
        // A table's cells and a figure's void text hold no references or structures.
        return;
      case 'case':
        parts.push(`case|${String(el.id)}|${String(el.title)}|${el.classic === true ? 1 : 0}`);
        break;
      case 'xref':
        parts.push(`x|${String(el.id)}|${String(el.target)}`);
        return;
      default:
        break;
    }
    if (Array.isArray(el.children)) for (const child of el.children) visit(child, false);
  };
  for (const block of content) visit(block, true);
  // Whether the section is empty: the problems model (shared/problems) lists empty sections.
  parts.push(`s|${contentHasSubstance(content as SectionContent) ? 1 : 0}`);
  return parts.join('\n');
}
