/**
 * The print HTML of a report plan, as one self-contained string (styles inline, images by URL).
 *
 * Three shapes of the same content:
 * - `body`: 前言, chapters and appendices, numbered “— 1 —” from its first page. The PDF export
 *   prints it first; its page numbers do not depend on the front matter.
 * - `front`: cover, statement, 目录 and the lists, with the page numbers the body print gave. Its
 *   links point at body anchors, which exist here only as hidden stubs: Chromium writes a link only
 *   when its target exists, and the export points the link's named destination at the body page.
 * - `whole`: both in one document, for printing in one go (the exports and the app's preview use
 *   the two prints above): the named pages keep the folios right (see print-css.ts).
 *
 * Chromium writes named destinations only for ids that some link points at, so each document ends
 * with a hidden list of links to all of its anchors (display: none still counts).
 */
import { unnumberedPages } from '../front-matter';
import type { ReportPlan } from '../report-plan';
import type { StylePresetSpec } from '../style-presets';
import { blocksHtml, type AssetUrl } from './block-html';
import { captionListHtml, coverHtml, statementHtml, tocHtml, type PageOf } from './front-matter-html';
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape/html-escape';
import { printCspMeta } from './print-csp';
import { printCss } from './print-css';
import { bodyAnchors, frontAnchors } from './print-targets';

export type PrintPart = 'front' | 'body' | 'whole';

export interface PrintDocumentOptions {
  readonly preset: StylePresetSpec;
  readonly assetUrl: AssetUrl;
  /** Page numbers for the 目录 and lists; '' (blank) where not known. */
  readonly pageOf?: PageOf;
}

function linkList(anchors: readonly string[]): string {
  return `<nav class="rw-hidden" aria-hidden="true">${anchors.map((a) => `<a href="#${escapeHtmlAttribute(a)}"></a>`).join('')}</nav>`;
}

function stubs(anchors: readonly string[]): string {
  return `<div class="rw-hidden" aria-hidden="true">${anchors.map((a) => `<span id="${escapeHtmlAttribute(a)}"></span>`).join('')}</div>`;
}

function frontHtml(plan: ReportPlan, pageOf: PageOf, assetUrl: AssetUrl): string {
  const parts: string[] = [];
  for (const page of unnumberedPages(plan)) {
    if (page === 'cover' && plan.cover !== null) parts.push(coverHtml(plan.cover));
    if (page === 'statement' && plan.statement !== null) parts.push(statementHtml(plan.statement, assetUrl));
  }
  if (plan.toc !== null) parts.push(tocHtml(plan.toc, pageOf));
  for (const list of plan.captionLists) parts.push(captionListHtml(list, pageOf));
  return parts.join('\n');
}

/** True when the front part has any page at all. */
export function hasFrontMatter(plan: ReportPlan): boolean {
  return plan.cover !== null || plan.statement !== null || plan.toc !== null || plan.captionLists.length > 0;
}

/**
 * What a part's <body> holds. The head (CSP, title, style sheet) is the same for every part, so a
 * page that printed one part can show another by replacing its body's content (the PDF export
 * prints the front matter in the page that printed the body: fonts already loaded, no new page).
 */
export function printContentHtml(plan: ReportPlan, part: PrintPart, options: PrintDocumentOptions): string {
  const pageOf = options.pageOf ?? (() => '');
  const body = bodyAnchors(plan.body);
  const front = frontAnchors(plan);
  if (part === 'body') return `<main class="report-body">${blocksHtml(plan.body, options.assetUrl)}</main>${linkList(body)}`;
  if (part === 'front') return `${frontHtml(plan, pageOf, options.assetUrl)}${linkList(front)}${stubs(body)}`;
  // The body's first chapter starts a new page anyway; a body without one still must not share
  // the last front page.
  return `${frontHtml(plan, pageOf, options.assetUrl)}<main class="report-body" style="break-before:page">${blocksHtml(plan.body, options.assetUrl)}</main>${linkList([...front, ...body])}`;
}

export function buildPrintHtml(plan: ReportPlan, part: PrintPart, options: PrintDocumentOptions): string {
  const title = plan.settings.reportTitle;
  return (
    `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">${printCspMeta()}<title>${escapeHtmlText(title)}</title>` +
    `<style>\n${printCss(options.preset, title)}\n</style></head><body>\n${printContentHtml(plan, part, options)}\n</body></html>\n`
  );
}
