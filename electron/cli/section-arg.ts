/**
 * `--section <id or title>`: one outline node named by id, title or an unambiguous part of the
 * title; otherwise a usage error that lists what the name matched, so the user can pick.
 */
import { findSection } from '../../shared/model/find-section';
import type { OutlineNode } from '../../shared/model/outline';
import { numberOutline } from '../../shared/numbering/heading-numbering';
import { usageError } from './cli-error';

const SHOWN = 12;

/** Candidates as the outline pane shows them: number, title, the chapter a section is in, and the id. */
function list(nodes: readonly OutlineNode[], outline: readonly OutlineNode[]): string {
  const numbers = numberOutline(outline);
  const titles = new Map(outline.map((n) => [n.id, n.title]));
  const shown = nodes.slice(0, SHOWN).map((n) => {
    const parent = n.parentId === null ? '' : `${titles.get(n.parentId) ?? ''} › `;
    return `“${parent}${numbers.get(n.id) ?? ''}${n.title}”（${n.id}）`;
  });
  return nodes.length > SHOWN ? `${shown.join('、')} 等 ${nodes.length} 个` : shown.join('、');
}

export function resolveSection(outline: readonly OutlineNode[], query: string): OutlineNode {
  const match = findSection(outline, query);
  if (match.ok) return match.node;
  if (match.reason === 'ambiguous') {
    throw usageError(`“${query}”对应多个章节：${list(match.candidates, outline)}，请写完整标题或章节编号`, `"${query}" matches ${match.candidates.length} sections; give the full title or the id`);
  }
  throw usageError(`找不到章节“${query}”`, `no section matches "${query}"`);
}
