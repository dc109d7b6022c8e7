/**
 * The front matter as print HTML: cover and 内容真实性责任声明 (unnumbered `cover` pages), then the
 * 目录 and the lists of figures, tables and cases (`front` pages, roman folios), each entry a link
 * with a dot leader and the page number the body printed it on.
 */
import type { CaptionListPlan, CoverPlan, StatementPlan, TocEntry } from '../report-plan';
import { statementPageHtml } from '../../statement/statement-page-html';
import type { AssetUrl } from './block-html';
import { escapeHtmlAttribute, escapeHtmlText } from '../../escape/html-escape';
import { FRONT_ANCHORS } from './print-targets';

/** The printed page number of a body anchor ('' while it is not known yet). */
export type PageOf = (anchor: string) => string;

export function coverHtml(cover: CoverPlan): string {
  const english = cover.unitNameEn === '' ? '' : `<div class="cover-unit-en">${escapeHtmlText(cover.unitNameEn)}</div>`;
  const titles = cover.titleLines.map((line) => `<div class="cover-title">${escapeHtmlText(line)}</div>`).join('');
  return (
    `<section class="cover" id="${FRONT_ANCHORS.cover}"><div class="cover-unit">${escapeHtmlText(cover.unitName)}</div>${english}` +
    `<div class="cover-rule"></div>${titles}<div class="cover-date">${escapeHtmlText(cover.dateLine)}</div></section>`
  );
}

/**
 * The statement on a page of its own without margins (named page `statement`, print-css.ts), in the
 * same fixed layout as the stand-alone statement, with the stored signature and seal.
 */
export function statementHtml(statement: StatementPlan, assetUrl: AssetUrl): string {
  const url = (asset: StatementPlan['signature']): string | null => (asset === null ? null : assetUrl(asset) || null);
  return statementPageHtml(statement.text, { signatureUrl: url(statement.signature), sealUrl: url(statement.seal) }, null, FRONT_ANCHORS.statement);
}

function entryHtml(entry: TocEntry, levelClass: string, pageOf: PageOf): string {
  return (
    `<a class="toc-entry ${levelClass}" href="#${escapeHtmlAttribute(entry.anchor)}"><span class="toc-text">${escapeHtmlText(entry.text)}</span>` +
    `<span class="toc-leader"></span><span class="toc-page">${escapeHtmlText(pageOf(entry.anchor))}</span></a>`
  );
}

export function tocHtml(toc: { readonly title: string; readonly entries: readonly TocEntry[] }, pageOf: PageOf): string {
  const entries = toc.entries.map((entry) => entryHtml(entry, `lv${Math.min(Math.max(entry.level, 1), 3)}`, pageOf)).join('');
  return `<section class="front"><h1 class="front-title" id="${FRONT_ANCHORS.toc}">${escapeHtmlText(toc.title)}</h1>${entries}</section>`;
}

export function captionListHtml(list: CaptionListPlan, pageOf: PageOf): string {
  const entries = list.entries.map((entry) => entryHtml(entry, 'item', pageOf)).join('');
  return `<section class="front"><h1 class="front-title" id="${FRONT_ANCHORS[list.kind]}">${escapeHtmlText(list.title)}</h1>${entries}</section>`;
}
