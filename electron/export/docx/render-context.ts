/** What every body writer needs to know about where it writes, and the document-wide counters. */
import type { StylePresetSpec } from '../../../shared/export/style-presets';
import type { ImageParts } from './media';

export interface DocumentCounters {
  /** Bookmark ids must be unique in the document. */
  bookmark: number;
  /** Drawing (wp:docPr) ids too. */
  drawing: number;
}

export interface RenderContext {
  readonly preset: StylePresetSpec;
  /** Width available to the block, in twips: the text width, or the inside of a case box. */
  readonly widthTwips: number;
  /** Tallest an image may be, in twips, so it and its caption fit on a page. */
  readonly maxImageHeightTwips: number;
  /** Inside a case box: text uses the case styles. */
  readonly inCase: boolean;
  readonly images: ImageParts;
  readonly counters: DocumentCounters;
  readonly warn: (text: string) => void;
}

export function nextBookmarkId(context: RenderContext): number {
  context.counters.bookmark += 1;
  return context.counters.bookmark;
}

export function nextDrawingId(context: RenderContext): number {
  context.counters.drawing += 1;
  return context.counters.drawing;
}
