/**
 * The print style sheet, generated from a style preset (shared/export/style-presets.ts) so the PDF
 * looks like the Word export: same page, fonts, sizes, spacing and indents.
 *
 * Pagination is Chromium's own (CSS paged media, Chromium ≥ 131):
 * - @page gives A4 and the preset's margins; the margin boxes carry the running head (report title)
 *   and the folio “— n —”.
 * - Named pages: `cover` (封面) has neither and is not counted, nor is `statement` (声明), which also
 *   has no margins because it is laid out in fixed millimetres; `front` (目录, 图/表/案例目录)
 *   counts its own pages in roman numerals with a counter of its own, and neither advances the
 *   `page` counter, so the body starts at 1 even when everything is printed as one document.
 * - Fragmentation: table header rows repeat (thead), rows do not split, case boxes split with their
 *   border and padding on every piece (box-decoration-break: clone), figures never split and keep
 *   their caption, headings and captions stay with what follows (break-after: avoid),
 *   orphans/widows 2.
 */
import { STATEMENT_PAGE_CLASS, statementPageCss } from '../../statement/statement-page-html';
import type { StylePresetSpec, TextStyleSpec } from '../style-presets';
import { headingStyle, textHeightMm } from '../style-presets';
import { cssString } from '../../escape/css-string';
import { fontFaceCss, fontFamily } from './print-fonts';
import { textStyleCss } from './text-style-css';

/** A text style as CSS declarations (the same values the editor's page gets, ./text-style-css.ts). */
function textCss(spec: TextStyleSpec): string {
  const css = textStyleCss(spec);
  return [
    `font-family: ${css.fontFamily}`,
    `font-size: ${css.fontSize}`,
    `font-weight: ${css.fontWeight}`,
    `line-height: ${css.lineHeight}`,
    `text-align: ${css.textAlign}`,
    `text-indent: ${css.textIndent}`,
    `margin: ${css.marginTop} 0 ${css.marginBottom} 0`,
  ].join('; ');
}

const rule = (selector: string, declarations: string): string => `${selector} { ${declarations}; }`;

/** Folio text: “— n —” with the 一字线 of Chinese official documents. */
const folio = (counter: string): string => `"— " ${counter} " —"`;

function pageCss(preset: StylePresetSpec, runningHead: string): string {
  const { page } = preset;
  const head = preset.runningHead;
  const foot = preset.folio;
  // The margin boxes are as tall as the margins; padding puts the head and the folio at the
  // preset's distances from the paper edge (Word's header/footer distance).
  const headPadding = Math.max(0, page.headerMm);
  const footPadding = Math.max(0, page.footerMm - foot.font.sizePt * 0.3528);
  return `
@page {
  size: ${page.widthMm}mm ${page.heightMm}mm;
  margin: ${page.marginTopMm}mm ${page.marginRightMm}mm ${page.marginBottomMm}mm ${page.marginLeftMm}mm;
  @top-center {
    content: ${cssString(runningHead)};
    font-family: ${fontFamily(head.font)}; font-size: ${head.font.sizePt}pt; font-weight: ${head.font.bold ? 700 : 400};
    vertical-align: top; padding-top: ${headPadding}mm; line-height: 1.2;
  }
  @bottom-center {
    content: ${folio('counter(page)')};
    font-family: ${fontFamily(foot.font)}; font-size: ${foot.font.sizePt}pt; font-weight: ${foot.font.bold ? 700 : 400};
    vertical-align: bottom; padding-bottom: ${footPadding.toFixed(2)}mm; line-height: 1.2;
  }
}
@page cover {
  counter-increment: page 0;
  @top-center { content: none; }
  @bottom-center { content: none; }
}
@page statement {
  margin: 0;
  counter-increment: page 0;
  @top-center { content: none; }
  @bottom-center { content: none; }
}
@page front {
  counter-increment: page 0 front-page 1;
  @bottom-center { content: ${folio('counter(front-page, upper-roman)')}; }
}`;
}

function coverCss(preset: StylePresetSpec): string {
  const height = textHeightMm(preset.page) - 6;
  return [
    rule('.cover', `page: cover; break-after: page; height: ${height}mm; display: flex; flex-direction: column; align-items: center; text-align: center`),
    // A long name without break opportunities (a pasted URL, markup) wraps instead of running off the page.
    rule('.cover > *', 'max-width: 100%; overflow-wrap: anywhere'),
    rule('.cover-unit', `${textCss(preset.coverUnit)}; margin-top: 18mm; letter-spacing: 0.1em`),
    rule('.cover-unit-en', `font-family: ${fontFamily(preset.body.font)}; font-size: 13pt; line-height: 1.4; margin-top: 4mm; letter-spacing: 0.05em`),
    rule('.cover-rule', 'width: 70%; border-top: 1.5pt solid #000; margin: 10mm 0 0 0'),
    rule('.cover-title', `${textCss(preset.coverTitle)}; margin-top: auto; text-align: center`),
    rule('.cover-title + .cover-title', 'margin-top: 6mm'),
    rule('.cover-date', `${textCss(preset.body)}; text-indent: 0; margin-top: auto; text-align: center`),
    // The statement keeps its own fixed layout (see statement-page-html.ts) on a page without
    // margins; a hair under A4 high so rounding can never push it onto a second page.
    rule(`.${STATEMENT_PAGE_CLASS}`, 'page: statement; break-after: page; height: 296.5mm'),
    statementPageCss(),
  ].join('\n');
}

function frontCss(preset: StylePresetSpec): string {
  const entries = preset.tocEntries;
  return [
    rule('.front', 'page: front; break-before: page'),
    rule('.front-title', textCss(preset.frontTitle)),
    rule('.front .front-title', 'letter-spacing: 0.5em'),
    rule('a.toc-entry', 'display: flex; align-items: flex-end; color: inherit; text-decoration: none; break-inside: avoid'),
    rule('.toc-text', 'flex: 0 1 auto; text-indent: 0'),
    // A dotted rule on the baseline of the entry's last line: the dot leader.
    rule('.toc-leader', 'flex: 1 1 0; min-width: 1.5em; margin: 0 0.25em 0.3em 0.25em; border-bottom: 1.3pt dotted #000'),
    rule('.toc-page', `flex: none; min-width: 1.8em; text-align: right; font-family: ${fontFamily(entries[0].font)}; font-weight: 400`),
    rule('.toc-entry.lv1', textCss(entries[0])),
    rule('.toc-entry.lv2', `${textCss(entries[1])}; padding-left: 1em`),
    rule('.toc-entry.lv3', `${textCss(entries[2])}; padding-left: 2em`),
    rule('.toc-entry.item', textCss(entries[2])),
    rule('.toc-entry', 'text-indent: 0; text-align: left'),
  ].join('\n');
}

function bodyCss(preset: StylePresetSpec): string {
  const figureMaxHeight = Math.max(60, textHeightMm(preset.page) - 45);
  const out = [
    rule('.h1, .h2, .h3, .h4, .subhead, .case-title, .table-caption', 'break-after: avoid; break-inside: avoid'),
    rule('.chapter', 'break-before: page'),
    rule('.text', textCss(preset.body)),
    rule('.case-text', textCss(preset.caseBody)),
    rule('.subhead', textCss(preset.plainHeading)),
    rule('.case .subhead', `${textCss(preset.caseBody)}; font-weight: 700`),
    rule('.note', `${textCss(preset.body)}; text-indent: 0; color: #444`),
    rule('ul.list, ol.list', 'margin: 0; padding-left: 2em'),
    rule('ul.list > li, ol.list > li', 'text-indent: 0'),
    // List items count 1）2）: “1.” is the third heading level's number, and an item must not read as one.
    '@counter-style rw-list { system: extends decimal; suffix: "）"; }',
    rule('ol.list', 'list-style-type: rw-list'),
    // Captions: 表 above the table, 图 below the image; 数据来源 under both.
    rule('.caption', textCss(preset.caption)),
    rule('.source', textCss(preset.source)),
    rule('.table-block + .source, .table-block .source', 'break-before: avoid'),
    rule('.table-block', 'margin: 6pt 0'),
    // A short table (≤ 10 rows) moves whole to the next page rather than split from its caption.
    rule('.table-block.keep', 'break-inside: avoid'),
    rule('table.data', 'width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0'),
    rule('table.data th, table.data td', `${textCss(preset.tableText)}; text-indent: 0; margin: 0; border: 0.5pt solid #000; padding: 1.5pt 3pt; vertical-align: middle; white-space: pre-wrap; overflow-wrap: anywhere`),
    rule('table.data th', 'background: #E7E6E6; font-weight: 700'),
    rule('table.data thead', 'display: table-header-group'),
    rule('table.data tr', 'break-inside: avoid'),
    rule('.figure', 'margin: 6pt 0; break-inside: avoid; text-align: center'),
    rule('.figure img', `display: block; margin: 0 auto; max-width: 100%; max-height: ${figureMaxHeight}mm; object-fit: contain`),
    rule('.figure .caption', 'break-before: avoid'),
    rule('.figure-missing', 'margin: 0 auto; aspect-ratio: 4 / 3; border: 1pt dashed #888; display: flex; align-items: center; justify-content: center; color: #555; text-indent: 0'),
    rule('.case', `margin: 10pt 0; padding: 6pt 10pt; border: 1pt solid #${preset.caseBorderColor}; background: #${preset.caseShading}; box-decoration-break: clone; -webkit-box-decoration-break: clone`),
    rule('.case-title', textCss(preset.caseTitle)),
    rule('a.xref', 'color: inherit; text-decoration: none'),
    rule('.xref-broken', 'color: #c00'),
  ];
  for (let level = 1; level <= 4; level += 1) out.push(rule(`.h${level}`, textCss(headingStyle(preset, level))));
  return out.join('\n');
}

/** The whole style sheet for a preset; `runningHead` is the report title printed at the top. */
export function printCss(preset: StylePresetSpec, runningHead: string): string {
  return [
    fontFaceCss(),
    pageCss(preset, runningHead),
    rule('html', 'print-color-adjust: exact; -webkit-print-color-adjust: exact'),
    // No synthesised bold or italic: Chromium prints those glyphs as Type 3 fonts. Every family has a
    // real bold face (print-fonts.ts); Chinese text has no italics.
    // Every full-width punctuation mark a full em, as Word prints it and as the 公文 grid of 28
    // characters a line counts: Chromium would otherwise squeeze pairs such as ）“ with the fonts'
    // halt feature (which the shipped faces have).
    rule('body', `margin: 0; ${textCss(preset.body)}; text-indent: 0; orphans: 2; widows: 2; font-kerning: normal; font-synthesis: none; text-spacing-trim: space-all`),
    rule('p, h1, h2, h3, h4, h5, h6, figure', 'margin: 0'),
    rule('.rw-hidden', 'display: none'),
    // The print pages are printed, never looked at: without this, Chromium lays the whole report out
    // for the screen first (once with fallback fonts, again with the web fonts) and decodes the
    // images in view, before the print layout it needs. The print engines load every font face
    // before printing (print-engine.ts), as no screen layout asks for them any more.
    '@media screen { body { display: none; } }',
    coverCss(preset),
    frontCss(preset),
    bodyCss(preset),
  ].join('\n');
}
