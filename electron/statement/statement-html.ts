/**
 * The statement page as HTML for Chromium to print: absolutely positioned in millimetres
 * ({@link LAYOUT}) so the PDF matches the layout the signature widget and tests rely on.
 */
import type { StatementText } from '../../shared/statement/statement-text';
import { LAYOUT, PAGE, sealCentreMm } from './statement-layout';

export interface StatementImages {
  readonly signature: Buffer | null;
  readonly seal: Buffer | null;
}

export interface StatementBinding {
  readonly fingerprintLine: string;
  /** SVG markup of the QR code carrying the fingerprint. */
  readonly qrSvg: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;

export function statementHtml(text: StatementText, images: StatementImages, binding: StatementBinding | null): string {
  const L = LAYOUT;
  const seal = sealCentreMm([...text.unitName].length);
  const sig = L.signatureBox;
  // A blank line to sign on by hand when there is no signature image, as on the printed form.
  const signerContent = images.signature
    ? `<img src="${dataUrl(images.signature)}" style="position:absolute;left:${sig.leftMm}mm;top:${sig.topMm + 0.5}mm;height:${L.signatureHeightMm}mm;max-width:${sig.widthMm}mm">`
    : '';
  const signerName = text.signerName && !images.signature ? `<span class="hand">${escapeHtml(text.signerName)}</span>` : '';
  const sealImg = images.seal
    ? `<img src="${dataUrl(images.seal)}" style="position:absolute;left:${seal.xMm - L.sealDiameterMm / 2}mm;top:${seal.yMm - L.sealDiameterMm / 2}mm;width:${L.sealDiameterMm}mm;height:${L.sealDiameterMm}mm;transform:rotate(${L.sealRotationDeg}deg);mix-blend-mode:multiply">`
    : '';
  const bindingHtml = binding
    ? `<div style="position:absolute;left:${L.marginMm}mm;top:${L.qrTopMm}mm;width:${L.qrSizeMm}mm;height:${L.qrSizeMm}mm">${binding.qrSvg}</div>
       <div class="small" style="position:absolute;left:${L.marginMm + L.qrSizeMm + 4}mm;top:${L.qrTopMm + L.qrSizeMm - 8}mm;right:${L.marginMm}mm">${escapeHtml(binding.fingerprintLine)}</div>`
    : '';
  const line = (top: number, content: string): string => `<div class="line" style="top:${top}mm">${content}</div>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 0 }
    html, body { margin: 0; padding: 0 }
    body { width: ${PAGE.widthMm}mm; height: ${PAGE.heightMm}mm; position: relative; overflow: hidden;
      font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', serif; font-size: 16pt; color: #000 }
    h1 { position: absolute; left: 0; right: 0; top: ${L.titleTopMm}mm; margin: 0; text-align: center; font-size: 22pt; font-weight: 700 }
    .body { position: absolute; left: ${L.marginMm}mm; right: ${L.marginMm}mm; top: ${L.bodyTopMm}mm }
    .body p { margin: 0 0 4mm; text-indent: 2em; line-height: 1.9; text-align: justify }
    .line { position: absolute; left: ${L.blockLeftMm}mm; right: ${L.marginMm - 6}mm; height: ${L.lineHeightMm}mm; white-space: nowrap }
    .date { text-align: right; right: ${L.marginMm}mm }
    .hand { display: inline-block; min-width: 40mm }
    .small { font-size: 7.5pt; color: #444; word-break: break-all; font-family: 'Noto Sans CJK SC', sans-serif }
    svg { width: 100%; height: 100% }
  </style></head><body>
    <h1>${escapeHtml(text.title)}</h1>
    <div class="body">${text.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>
    ${line(L.unitLineTopMm, `${escapeHtml(text.unitLabel)}${escapeHtml(text.unitName)}`)}
    ${line(L.signerLineTopMm, `${escapeHtml(text.signerLabel)}${signerName}`)}
    <div class="line date" style="top:${L.dateLineTopMm}mm;left:auto">${escapeHtml(text.date)}</div>
    ${signerContent}
    ${sealImg}
    ${bindingHtml}
  </body></html>`;
}
