/** A caption as printed: 表 1-1 标题 (label, number, title, single spaces, as the Word export writes it). */
import type { CaptionPlan } from '../report-plan';

export function captionText(caption: CaptionPlan): string {
  return [`${caption.label} ${caption.number}`.trim(), caption.title.trim()].filter((part) => part !== '').join(' ');
}
