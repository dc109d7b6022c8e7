/**
 * Normalised clipboard HTML (./normalise-clipboard-html.ts) and what became of its pictures → the
 * report's blocks to paste, through the Word-draft conversion (../html-to-blocks.ts: headings with
 * typed numbers dropped, lists, tables with merged cells, 表/图 captions, case boxes, references),
 * and the notices the user must see: pictures that could not be read or were refused, and what
 * was left out (text boxes, comments, footnotes, pictures in table cells).
 */
import { defaultWidthFor } from '../../editor/with-figures';
import { t } from '../../i18n';
import type { BlockElement } from '../../model/document';
import { ASSET_SRC_PREFIX, draftBlocksFromHtml, MISSING_SRC_PREFIX } from '../html-to-blocks';
import { CLIP_SRC_PREFIX, type ClipboardImage, type NormalisedClipboard } from './normalise-clipboard-html';

/** A picture stored through the image gate, or why not. */
export type ImageOutcome =
  | { readonly kind: 'stored'; readonly sha256: string; readonly width: number; readonly height: number }
  /** The gate refused the bytes (e.g. EMF, BMP): its message. */
  | { readonly kind: 'refused'; readonly message: string }
  /** Nothing to read: a file on the author's disk or a web address, which the editor cannot open. */
  | { readonly kind: 'unreadable' };

export interface PastedBlocks {
  readonly blocks: BlockElement[];
  /** Content that did not come along (pictures, text boxes, comments, footnotes): shown until dismissed. */
  readonly lost: readonly string[];
  /** Things kept but worth a look (typed references left as text). */
  readonly notes: readonly string[];
}

/** The html-to-blocks warning for a placeholder: replaced here by one notice for all of them. */
const DRAFT_MISSING_IMAGE = 'Word 稿件中有一张图片无法读取';

export function clipboardBlocks(doc: NormalisedClipboard, outcomes: ReadonlyMap<number, ImageOutcome>): PastedBlocks {
  const sizes = new Map<string, { width: number; height: number }>();
  let unreadable = 0;
  const refused: string[] = [];
  const html = doc.html.replace(new RegExp(`src="${CLIP_SRC_PREFIX}(\\d+)"`, 'g'), (_whole, digits: string) => {
    const index = Number(digits);
    const image = doc.images[index] as ClipboardImage | undefined;
    const outcome = outcomes.get(index) ?? { kind: 'unreadable' };
    if (outcome.kind === 'stored') {
      sizes.set(outcome.sha256, { width: outcome.width, height: outcome.height });
      return `src="${ASSET_SRC_PREFIX}${outcome.sha256}"`;
    }
    if (outcome.kind === 'refused') refused.push(t('paste.imageRefused', { name: image?.name ?? '', message: outcome.message }));
    else unreadable++;
    return `src="${MISSING_SRC_PREFIX}${image?.name ?? ''}"`;
  });
  const draft = draftBlocksFromHtml(html, null);
  for (const block of draft.blocks) {
    const size = block.type === 'figure' && block.asset !== null ? sizes.get(block.asset) : undefined;
    if (block.type === 'figure' && size) block.width = defaultWidthFor(size.width, size.height);
  }
  const lost: string[] = [];
  if (unreadable > 0) lost.push(t('paste.imagesUnreadable', { count: unreadable }));
  lost.push(...refused);
  const dropped = [
    doc.dropped.textBoxes > 0 ? t('paste.droppedTextBoxes', { count: doc.dropped.textBoxes }) : '',
    doc.dropped.comments > 0 ? t('paste.droppedComments', { count: doc.dropped.comments }) : '',
    doc.dropped.footnotes > 0 ? t('paste.droppedFootnotes', { count: doc.dropped.footnotes }) : '',
    doc.dropped.tableImages > 0 ? t('paste.droppedTableImages', { count: doc.dropped.tableImages }) : '',
  ].filter((part) => part !== '');
  if (dropped.length > 0) lost.push(t('paste.dropped', { parts: dropped.join('、') }));
  const notes = draft.warnings.filter((warning) => !warning.startsWith(DRAFT_MISSING_IMAGE));
  return { blocks: draft.blocks, lost, notes };
}
