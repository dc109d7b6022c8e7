/**
 * Whether a paste is one for the Word conversion (../../../../shared/word/clipboard/), and which
 * clipboard picture stands for which picture of the HTML. Kept apart from the hook so that the
 * decision can be tested without a browser.
 *
 * The conversion takes HTML from Word and WPS always, and HTML from elsewhere (a web page) when it
 * has structure (headings, lists, tables, pictures, bold/italic/underline): plain HTML pastes as
 * plain text, as it always did. It leaves alone: content copied inside the editor (its Slate
 * fragment is exact), a paste into a table cell (text only, or cells through the table paste), and
 * a clipboard whose HTML holds no text next to picture files (“复制图片”: the image paste's).
 */
import type { BlockElement, ListItemElement } from '../../../../shared/model/document';
import { normaliseClipboardHtml, type NormalisedClipboard } from '../../../../shared/word/clipboard/normalise-clipboard-html';

const SLATE_FRAGMENT = 'application/x-slate-fragment';

export interface ClipboardLike {
  readonly types: readonly string[];
  getData(type: string): string;
  /** Picture files on the clipboard (image/png from Word's own picture copy, screenshots). */
  readonly imageFiles: readonly File[];
}

export interface WordPastePlan {
  readonly doc: NormalisedClipboard;
  /** Index of a picture in `doc.images` → the clipboard file that holds its bytes. */
  readonly files: ReadonlyMap<number, File>;
}

export function planWordPaste(data: ClipboardLike, inTable: boolean): WordPastePlan | null {
  if (inTable || data.types.includes(SLATE_FRAGMENT)) return null;
  const html = data.getData('text/html');
  if (!html) return null;
  const doc = normaliseClipboardHtml(html);
  if (!doc.hasText && (data.imageFiles.length > 0 || doc.images.length === 0)) return null;
  if (doc.origin === 'html' && !doc.structured) return null;
  // Word refers to its pictures by temporary file paths the editor cannot open. When the clipboard
  // also carries exactly as many picture files as there are such pictures, they are those pictures
  // in order (Word copying a picture with its paragraph); any other count would be a guess.
  const unreadable = doc.images.filter((image) => image.kind !== 'data');
  const files = new Map<number, File>();
  if (unreadable.length > 0 && unreadable.length === data.imageFiles.length) {
    unreadable.forEach((image, i) => files.set(image.index, data.imageFiles[i] as File));
  }
  return { doc, files };
}

/**
 * Part of one paragraph copied (Word's plain text then has no line break: the paragraph mark was
 * not selected) pastes into the line as text, the way Word pastes it, instead of bringing the
 * paragraph's kind along: a phrase copied out of a heading or a list item must not turn the
 * paragraph it goes into into a heading or a list. A paragraph already merges into the line.
 * Returns 'text' (paste the plain text as usual), the blocks to paste, unchanged or as one
 * paragraph holding a list item's runs.
 */
export function partialParagraph(blocks: BlockElement[], plainText: string): BlockElement[] | 'text' {
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (!only || /[\r\n]/.test(plainText.replace(/^[\r\n]+/, '')) || plainText.trim() === '') return blocks;
  if (only.type === 'heading') return 'text';
  if ((only.type === 'bulleted-list' || only.type === 'numbered-list') && only.children.length === 1) {
    return [{ type: 'paragraph', id: only.id, children: (only.children[0] as ListItemElement).children }];
  }
  return blocks;
}
