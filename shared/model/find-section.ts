/**
 * Finds an outline node the way a person names it on the command line: by id, by title (spaces
 * and a typed number like “（一）” ignored), or by a part of the title that only one node has.
 */
import { stripTypedNumber } from '../numbering/heading-numbering';
import type { OutlineNode } from './outline';

export type SectionMatch =
  | { readonly ok: true; readonly node: OutlineNode }
  | { readonly ok: false; readonly reason: 'none' | 'ambiguous'; readonly candidates: readonly OutlineNode[] };

const squeeze = (text: string): string => text.replace(/\s+/g, '');

export function findSection(outline: readonly OutlineNode[], query: string): SectionMatch {
  const wanted = squeeze(query);
  const byId = outline.find((n) => n.id === query.trim());
  if (byId) return { ok: true, node: byId };
  if (wanted === '') return { ok: false, reason: 'none', candidates: [] };
  const bare = squeeze(stripTypedNumber(wanted).title);
  const exact = outline.filter((n) => squeeze(n.title) === wanted || squeeze(n.title) === bare);
  if (exact.length === 1) return { ok: true, node: exact[0] as OutlineNode };
  if (exact.length > 1) return { ok: false, reason: 'ambiguous', candidates: exact };
  const partial = outline.filter((n) => squeeze(n.title).includes(bare));
  if (partial.length === 1) return { ok: true, node: partial[0] as OutlineNode };
  return { ok: false, reason: partial.length > 1 ? 'ambiguous' : 'none', candidates: partial };
}
