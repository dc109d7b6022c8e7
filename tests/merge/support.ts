/** Tiny builders for merge fixtures: blocks with readable ids. */
import type { BlockElement, CaseChild, CaseElement, HeadingElement, ListElement, ListItemElement, ParagraphElement, TableElement } from '../../shared/model/document';

export const p = (id: string, text: string): ParagraphElement => ({ type: 'paragraph', id, children: [{ text }] });
export const h = (id: string, text: string, level: 1 | 2 | 3 = 1): HeadingElement => ({ type: 'heading', id, level, children: [{ text }] });
export const li = (id: string, text: string): ListItemElement => ({ type: 'list-item', id, children: [{ text }] });
export const ul = (id: string, ...items: ListItemElement[]): ListElement => ({ type: 'bulleted-list', id, children: items });
export const kase = (id: string, title: string, ...children: CaseChild[]): CaseElement => ({ type: 'case', id, title, children });

/** A table whose cells have ids `${id}-r{row}c{col}` and rows `${id}-r{row}`. */
export function table(id: string, rows: readonly (readonly string[])[], caption = '表格'): TableElement {
  const width = rows[0]?.length ?? 1;
  return {
    type: 'table',
    id,
    caption,
    source: '',
    headerRows: 1,
    columns: Array.from({ length: width }, (_, c) => ({ id: `${id}-c${c}`, width: 1 })),
    children: rows.map((cells, r) => ({
      type: 'table-row',
      id: `${id}-r${r}`,
      children: cells.map((text, c) => ({ type: 'table-cell', id: `${id}-r${r}c${c}`, children: [{ text }] })),
    })),
  };
}

/** Ids and texts of a content, one line per block, for compact expectations. */
export function outline(content: readonly BlockElement[]): string[] {
  const lines: string[] = [];
  const text = (node: { children: readonly unknown[] }): string =>
    node.children.map((c) => ((c as { text?: string }).text !== undefined ? (c as { text: string }).text : '')).join('');
  const walk = (nodes: readonly BlockElement[] | readonly ListItemElement[], indent: string): void => {
    for (const node of nodes) {
      if (node.type === 'case') {
        lines.push(`${indent}${node.id} case:${node.title}`);
        walk(node.children as BlockElement[], `${indent}  `);
      } else if (node.type === 'bulleted-list' || node.type === 'numbered-list') {
        lines.push(`${indent}${node.id} ${node.type}`);
        walk(node.children, `${indent}  `);
      } else if (node.type === 'table') {
        lines.push(`${indent}${node.id} table:${node.children.map((r) => r.children.map((c) => c.children.map((t) => t.text).join('')).join('|')).join('/')}`);
      } else if (node.type === 'figure') lines.push(`${indent}${node.id} figure:${node.caption}`);
      else lines.push(`${indent}${node.id} ${text(node)}`);
    }
  };
  walk(content, '');
  return lines;
}
