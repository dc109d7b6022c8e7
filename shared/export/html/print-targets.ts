/**
 * The places in the printed report that something points at: headings and numbered items in the
 * body, and the titled pages of the front matter. For each, Chromium writes a PDF named destination
 * (only for ids some link points at, hence the hidden link list, see print-document.ts); the PDF
 * export reads them back to learn each one's page, and the bookmarks point at them.
 */
import type { PlanBlock, ReportPlan } from '../report-plan';
import { unnumberedPages } from '../front-matter';
import { inlineText } from '../plan-report';
import { captionText } from './caption-text';

/** Ids of the front matter's own pages; `-` never occurs in plan anchors (see shared/export/anchors.ts). */
export const FRONT_ANCHORS = {
  cover: 'rw-cover',
  statement: 'rw-statement',
  toc: 'rw-toc',
  figure: 'rw-list-figure',
  table: 'rw-list-table',
  case: 'rw-list-case',
} as const;

export interface BookmarkEntry {
  readonly title: string;
  readonly anchor: string;
  /** 1 = top level. */
  readonly level: number;
}

/** Deepest heading level listed in the bookmarks: chapters, sections and their 1./2./3. headings. */
export const MAX_BOOKMARK_LEVEL = 3;

/** Every anchor in the body that gets a destination: all headings and numbered items, in order. */
export function bodyAnchors(blocks: readonly PlanBlock[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly PlanBlock[]): void => {
    for (const block of list) {
      if (block.kind === 'heading') out.push(block.anchor);
      else if ((block.kind === 'table' || block.kind === 'figure' || block.kind === 'case') && block.caption.anchor !== null) out.push(block.caption.anchor);
      if (block.kind === 'case') walk(block.children);
    }
  };
  walk(blocks);
  return out;
}

/** The front matter pages this plan prints, in print order, each with its bookmark title. */
function frontPages(plan: ReportPlan): { anchor: string; title: string }[] {
  const out: { anchor: string; title: string }[] = [];
  for (const page of unnumberedPages(plan)) {
    out.push(page === 'cover' ? { anchor: FRONT_ANCHORS.cover, title: '封面' } : { anchor: FRONT_ANCHORS.statement, title: plan.statement?.text.title ?? '' });
  }
  if (plan.toc !== null) out.push({ anchor: FRONT_ANCHORS.toc, title: plan.toc.title });
  for (const list of plan.captionLists) out.push({ anchor: FRONT_ANCHORS[list.kind], title: list.title });
  return out;
}

/** Anchors of the front matter pages that this plan prints. */
export function frontAnchors(plan: ReportPlan): string[] {
  return frontPages(plan).map((page) => page.anchor);
}

/** The PDF's bookmarks: front matter pages, then headings down to {@link MAX_BOOKMARK_LEVEL}. */
export function bookmarkEntries(plan: ReportPlan): BookmarkEntry[] {
  const out: BookmarkEntry[] = frontPages(plan).map((page) => ({ title: page.title, anchor: page.anchor, level: 1 }));
  for (const block of plan.body) {
    if (block.kind !== 'heading' || block.level > MAX_BOOKMARK_LEVEL) continue;
    out.push({ title: `${block.number}${inlineText(block.content)}`.trim(), anchor: block.anchor, level: block.level });
  }
  return out;
}

/** Captions by anchor, for messages about items whose page could not be found. */
export function describeAnchors(plan: ReportPlan): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (list: readonly PlanBlock[]): void => {
    for (const block of list) {
      if (block.kind === 'heading') names.set(block.anchor, `${block.number}${inlineText(block.content)}`);
      else if ((block.kind === 'table' || block.kind === 'figure' || block.kind === 'case') && block.caption.anchor !== null) {
        names.set(block.caption.anchor, captionText(block.caption));
      }
      if (block.kind === 'case') walk(block.children);
    }
  };
  walk(plan.body);
  return names;
}
