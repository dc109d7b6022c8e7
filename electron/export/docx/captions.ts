/**
 * Caption lines: 表 1-1 … above tables, 图 1-1 … below figures, 案例 1-1 … as a case box's title.
 *
 * The number is the chapter prefix as text ("1-") plus a SEQ field with the computed ordinal as its
 * result. Word's own way to get chapter numbers (STYLEREF of a numbered Heading 1) needs Word's list
 * numbering on the headings, which ours do not use (their numbers are computed text), and
 * LibreOffice ignores it; text plus an explicitly restarted SEQ reads the same in Word, WPS,
 * LibreOffice and pandoc, and the TOC `\c` lists still collect it. A bookmark spans label and number
 * so cross-references (REF) show exactly "表 1-1".
 */
import type { CaptionPlan } from '../../../shared/export/report-plan';
import { seqInstruction } from './field-codes';
import { bookmark, field, run } from './ooxml';
import { nextBookmarkId, type RenderContext } from './render-context';

export function captionNumberText(caption: CaptionPlan): string {
  return `${caption.label} ${caption.number}`;
}

export function captionRuns(caption: CaptionPlan, context: RenderContext): string {
  const title = caption.title.trim();
  const tail = title === '' ? '' : ` ${title}`;
  if (caption.copy || caption.anchor === null) return run(`${captionNumberText(caption)}${tail}`);
  const number = run(`${caption.label} ${caption.prefix}`) + field(seqInstruction(caption.label, caption.restartAt), String(caption.ordinal));
  return bookmark(caption.anchor, nextBookmarkId(context), number) + run(tail);
}
