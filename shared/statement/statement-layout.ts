/**
 * Where things sit on the statement page (A4, millimetres from the top-left corner). Fixed
 * positions, not flowing text, because three consumers must agree on them: the HTML that is
 * printed, the signature widget placed afterwards in PDF coordinates, and the tests that look for
 * seal pixels near the unit line.
 */
export const PAGE = { widthMm: 210, heightMm: 297 } as const;

export const LAYOUT = {
  marginMm: 28,
  titleTopMm: 48,
  bodyTopMm: 78,
  /** The block of 单位名称 / 法定代表人 / date, right of the middle as in seed 001. */
  blockLeftMm: 76,
  unitLineTopMm: 150,
  signerLineTopMm: 184,
  dateLineTopMm: 206,
  lineHeightMm: 9,
  /** About the size of a real round 公章 (40–42 mm across). */
  sealDiameterMm: 42,
  sealRotationDeg: -8,
  signatureHeightMm: 13,
  /** Where the handwritten signature (and the visible digital signature) goes: after the label. */
  signatureBox: { leftMm: 134, topMm: 177, widthMm: 52, heightMm: 19 },
  qrTopMm: 246,
  qrSizeMm: 24,
} as const;

const PT_PER_MM = 72 / 25.4;

/** A box in millimetres from the top-left → a PDF rectangle [x1, y1, x2, y2] in points from the bottom-left. */
export function pdfRect(box: { leftMm: number; topMm: number; widthMm: number; heightMm: number }): [number, number, number, number] {
  const x1 = box.leftMm * PT_PER_MM;
  const y2 = (PAGE.heightMm - box.topMm) * PT_PER_MM;
  return [x1, y2 - box.heightMm * PT_PER_MM, x1 + box.widthMm * PT_PER_MM, y2];
}

/** 单位名称（盖章）： — the label the unit name follows, in characters. */
export const UNIT_LABEL_CHARS = 9;
/** 法定代表人（签名）： */
export const SIGNER_LABEL_CHARS = 10;

/** Where a line of the signature block sits, for pages other than the stand-alone statement's. */
export interface SignatureLine {
  readonly leftMm: number;
  readonly fontPt: number;
  /** The text cannot run past this (the right margin). */
  readonly rightLimitMm: number;
}

/** Across the page, where the seal's centre goes: over the last characters of the unit name. */
export function sealCentreXMm(line: SignatureLine, unitNameChars: number): number {
  const fontMm = line.fontPt * (25.4 / 72);
  const end = Math.min(line.leftMm + (UNIT_LABEL_CHARS + unitNameChars) * fontMm, line.rightLimitMm);
  return end - 2 * fontMm;
}

/** The seal's centre: over the end of the unit name, like a stamp pressed on the 盖章 line. */
export function sealCentreMm(unitNameChars: number): { xMm: number; yMm: number } {
  const fontPt = 16; // 三号
  const xMm = sealCentreXMm({ leftMm: LAYOUT.blockLeftMm, fontPt, rightLimitMm: PAGE.widthMm - LAYOUT.marginMm }, unitNameChars);
  return { xMm, yMm: LAYOUT.unitLineTopMm + (fontPt * (25.4 / 72)) / 2 };
}
