/**
 * Pure helpers of block comments (批注 anchored to a paragraph, table or figure): which block the
 * caret is in, how many threads each block has, and the short quote a thread shows of its block.
 * Kept free of React and Slate's DOM side so they are tested without a browser.
 */
import type { CommentThread } from '../../../shared/model/collaboration';
import { isElementLike, plainText, type ReportNode } from '../../../shared/model/document';

/** How many characters of a block's text a thread quotes: enough to recognise the paragraph. */
export const QUOTE_LENGTH = 30;

/**
 * What a thread shows of its block. Tables, figures and cases are named by their computed number
 * (表 2-1), which only the numbering knows, so the quote carries the id to look it up with.
 */
export type BlockQuote =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'structure'; readonly id: string; readonly caption: string };

/**
 * The top-level block holding `path` (the caret's path): comments anchor to whole blocks of the
 * section (a list, a table, a case box), never to a list item or a cell inside them.
 */
export function topLevelBlockId(content: readonly unknown[], path: readonly number[] | null | undefined): string | null {
  if (!path || path.length === 0) return null;
  const block = content[path[0] ?? -1];
  if (!isElementLike(block) || typeof block.id !== 'string') return null;
  return block.id;
}

/** Threads per anchored block; section-wide threads (blockId null) are not on any block. */
export function countByBlock(threads: readonly CommentThread[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.blockId !== null) counts.set(thread.blockId, (counts.get(thread.blockId) ?? 0) + 1);
  }
  return counts;
}

/** The first QUOTE_LENGTH characters of a text, whitespace runs shown as one space, … when cut. */
export function shortQuote(text: string, length = QUOTE_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > length ? `${chars.slice(0, length).join('')}…` : flat;
}

export function blockQuote(block: unknown): BlockQuote | null {
  if (!isElementLike(block) || typeof block.id !== 'string') return null;
  const element = block as { type: string; id: string; caption?: unknown; title?: unknown };
  switch (element.type) {
    case 'table':
    case 'figure':
      return { kind: 'structure', id: element.id, caption: shortQuote(typeof element.caption === 'string' ? element.caption : '') };
    case 'case':
      return { kind: 'structure', id: element.id, caption: shortQuote(typeof element.title === 'string' ? element.title : '') };
    default:
      return { kind: 'text', text: shortQuote(plainText(block as unknown as ReportNode)) };
  }
}

/**
 * The quotes of the blocks `ids` in a section's content (searched at any depth, so a block moved
 * into a case box is still found); an id missing from the result is a block that was deleted.
 */
export function quotesOf(content: readonly unknown[], ids: ReadonlySet<string>): ReadonlyMap<string, BlockQuote> {
  const found = new Map<string, BlockQuote>();
  if (ids.size === 0) return found;
  const visit = (nodes: readonly unknown[]): void => {
    for (const node of nodes) {
      if (found.size === ids.size) return;
      if (!isElementLike(node)) continue;
      if (typeof node.id === 'string' && ids.has(node.id)) {
        const quote = blockQuote(node);
        if (quote) found.set(node.id, quote);
      }
      visit(node.children);
    }
  };
  visit(content);
  return found;
}

function sameQuote(a: BlockQuote, b: BlockQuote | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  return a.kind === 'text' ? a.text === (b as typeof a).text : a.id === (b as typeof a).id && a.caption === (b as typeof a).caption;
}

/** Equal quote maps: typing elsewhere in the section must not re-render the comments panel. */
export function sameQuotes(a: ReadonlyMap<string, BlockQuote>, b: ReadonlyMap<string, BlockQuote>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, quote] of a) if (!sameQuote(quote, b.get(id))) return false;
  return true;
}
