/**
 * The statement page as HTML: one A4 box with everything absolutely positioned in millimetres
 * ({@link LAYOUT}). Fixed positions rather than flowing text, because the printed page, the digital
 * signature widget placed afterwards in PDF coordinates, the app's preview and the tests that look
 * for seal pixels near the unit line must all agree on where the signature and the seal are.
 *
 * Used by the stand-alone statement PDF, by the report's print HTML (as a page of its own with no
 * margins, see print-css.ts) and by the preview in the app. Pure: images come in as URLs.
 */
import { fontFamily } from '../export/html/print-fonts';
import { escapeHtmlAttribute, escapeHtmlText } from '../escape/html-escape';
import { LAYOUT, PAGE, sealCentreMm } from './statement-layout';
import type { StatementText } from './statement-text';

export interface StatementPageImages {
  /** URL of the transparent signature PNG, or null for a blank line to sign on by hand. */
  readonly signatureUrl: string | null;
  /** URL of the transparent seal PNG, or null to stamp by hand. */
  readonly sealUrl: string | null;
}

export interface StatementPageBinding {
  readonly fingerprintLine: string;
  /** SVG markup of the QR code carrying the fingerprint (trusted: made by the qrcode library). */
  readonly qrSvg: string;
}

export const STATEMENT_PAGE_CLASS = 'rw-statement-page';

/** The rules of the page box, all scoped under its class so they can sit in any document. */
export function statementPageCss(): string {
  const L = LAYOUT;
  const c = `.${STATEMENT_PAGE_CLASS}`;
  // The print fonts' families (@font-face from print-fonts.ts, which every document showing this page
  // includes): installed Noto CJK faces are CFF, which Chromium would print as Type 3 fonts.
  const song = fontFamily({ eastAsia: '宋体', latin: 'Times New Roman', sizePt: 16, bold: false });
  const hei = fontFamily({ eastAsia: '黑体', latin: '黑体', sizePt: 7.5, bold: false });
  return [
    `${c} { position: relative; width: ${PAGE.widthMm}mm; height: ${PAGE.heightMm}mm; overflow: hidden; box-sizing: border-box; margin: 0; padding: 0;` +
      ` font-family: ${song}; font-size: 16pt; line-height: normal; color: #000; text-indent: 0; background: #fff }`,
    `${c} .st-title { position: absolute; left: 0; right: 0; top: ${L.titleTopMm}mm; margin: 0; text-align: center; font-size: 22pt; font-weight: 700; letter-spacing: 0 }`,
    `${c} .st-body { position: absolute; left: ${L.marginMm}mm; right: ${L.marginMm}mm; top: ${L.bodyTopMm}mm }`,
    `${c} .st-body p { margin: 0 0 4mm; text-indent: 2em; line-height: 1.9; text-align: justify }`,
    `${c} .st-line { position: absolute; left: ${L.blockLeftMm}mm; right: ${L.marginMm - 6}mm; height: ${L.lineHeightMm}mm; white-space: nowrap }`,
    `${c} .st-date { left: auto; right: ${L.marginMm}mm; text-align: right }`,
    `${c} .st-hand { display: inline-block; min-width: 40mm }`,
    `${c} .st-small { font-size: 7.5pt; color: #444; word-break: break-all; font-family: ${hei} }`,
    `${c} .st-qr svg { width: 100%; height: 100% }`,
    `${c} img { position: absolute; max-width: none }`,
    // The seal is printed over the text like ink, not pasted on top of it.
    `${c} .st-seal { mix-blend-mode: multiply }`,
  ].join('\n');
}

export function statementPageHtml(text: StatementText, images: StatementPageImages, binding: StatementPageBinding | null, id?: string): string {
  const L = LAYOUT;
  const seal = sealCentreMm([...text.unitName].length);
  const sig = L.signatureBox;
  const signature = images.signatureUrl
    ? `<img class="st-signature" alt="签名" src="${escapeHtmlAttribute(images.signatureUrl)}" style="left:${sig.leftMm}mm;top:${sig.topMm + 0.5}mm;height:${L.signatureHeightMm}mm;max-width:${sig.widthMm}mm">`
    : '';
  // Without a signature image the typed name (if any) stands after the label; with none, the line is left to sign by hand.
  const signerName = text.signerName && !images.signatureUrl ? `<span class="st-hand">${escapeHtmlText(text.signerName)}</span>` : '';
  const sealImg = images.sealUrl
    ? `<img class="st-seal" alt="印章" src="${escapeHtmlAttribute(images.sealUrl)}" style="left:${seal.xMm - L.sealDiameterMm / 2}mm;top:${seal.yMm - L.sealDiameterMm / 2}mm;width:${L.sealDiameterMm}mm;height:${L.sealDiameterMm}mm;transform:rotate(${L.sealRotationDeg}deg)">`
    : '';
  const bindingHtml = binding
    ? `<div class="st-qr" style="position:absolute;left:${L.marginMm}mm;top:${L.qrTopMm}mm;width:${L.qrSizeMm}mm;height:${L.qrSizeMm}mm">${binding.qrSvg}</div>` +
      `<div class="st-small" style="position:absolute;left:${L.marginMm + L.qrSizeMm + 4}mm;top:${L.qrTopMm + L.qrSizeMm - 8}mm;right:${L.marginMm}mm">${escapeHtmlText(binding.fingerprintLine)}</div>`
    : '';
  const line = (top: number, content: string, extra = ''): string => `<div class="st-line${extra}" style="top:${top}mm">${content}</div>`;
  return (
    `<section class="${STATEMENT_PAGE_CLASS}"${id === undefined ? '' : ` id="${escapeHtmlAttribute(id)}"`}>` +
    `<h1 class="st-title">${escapeHtmlText(text.title)}</h1>` +
    `<div class="st-body">${text.paragraphs.map((p) => `<p>${escapeHtmlText(p)}</p>`).join('')}</div>` +
    line(L.unitLineTopMm, `${escapeHtmlText(text.unitLabel)}${escapeHtmlText(text.unitName)}`) +
    line(L.signerLineTopMm, `${escapeHtmlText(text.signerLabel)}${signerName}`) +
    line(L.dateLineTopMm, escapeHtmlText(text.date), ' st-date') +
    signature +
    sealImg +
    bindingHtml +
    `</section>`
  );
}
