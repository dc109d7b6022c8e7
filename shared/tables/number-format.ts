/**
 * Numbers in table cells: reading what people (and converters) actually type, and writing computed
 * values back in the table's house style.
 *
 * Values are plain JavaScript numbers; a percentage is kept as a fraction (11.21% → 0.1121) so sums
 * and shares need no special cases, and only display multiplies by 100.
 */

export type NumberFormat =
  /** 3337 */
  | { kind: 'integer' }
  /** 1,106 or 1,106.50 */
  | { kind: 'thousands'; decimals: number }
  /** 36.36 */
  | { kind: 'fixed'; decimals: number }
  /** 11.21% */
  | { kind: 'percent'; decimals: number };

export interface CellNumber {
  /** The number; a percentage as a fraction ("11.21%" → 0.1121). */
  value: number;
  percent: boolean;
  /** Digits after the decimal point as typed ("11.21%" → 2, "1166.0" → 1). */
  decimals: number;
  /** Typed with thousands separators ("1,106", "3 336"). */
  grouped: boolean;
}

const MAX_DECIMALS = 10;

/**
 * Full-width and typographic look-alikes that Chinese input methods and PDF conversions produce.
 * Digits U+FF10..U+FF19 are handled separately.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '．': '.',
  '，': ',',
  '％': '%',
  '－': '-',
  '−': '-', // U+2212 MINUS SIGN
  '﹣': '-', // U+FE63 SMALL HYPHEN-MINUS
  '‒': '-', // U+2012 FIGURE DASH
  '＋': '+',
};

function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30);
    else out += LOOKALIKES[ch] ?? ch;
  }
  return out;
}

/*
 * sign, integer part, fraction, percent sign. Whitespace is tolerated only where conversions put it:
 * around the sign and the decimal point ("33. 14%"), before "%", and as a thousands separator when
 * it is followed by exactly three digits ("3 336"). So "1 2" or "2023 2024" are not numbers.
 */
const NUMBER_PATTERN = /^([+-])?\s*(\d{1,3}(?:(?:,|\s+)\d{3})+|\d+)?(?:\s*\.\s*(\d*))?\s*(%)?$/;

/**
 * Reads a cell's text as a number: '1,106', '3 336', '33. 14%', '－5', '１２３', '1166.0'. Returns
 * null for empty cells, placeholders ('—', '-', '/') and anything that is not a single number.
 */
export function parseCellNumber(text: string): CellNumber | null {
  const normalized = toHalfWidth(text).trim();
  if (normalized === '') return null;
  const match = NUMBER_PATTERN.exec(normalized);
  if (match === null) return null;
  const [, sign, integerPart, fraction, percentSign] = match;
  if (integerPart === undefined && (fraction === undefined || fraction === '')) return null;
  const digits = (integerPart ?? '0').replace(/[,\s]/g, '');
  const value = Number(`${digits}.${fraction ?? ''}0`) * (sign === '-' ? -1 : 1);
  const percent = percentSign !== undefined;
  return {
    value: percent ? value / 100 : value,
    percent,
    decimals: Math.min(fraction?.length ?? 0, MAX_DECIMALS),
    grouped: integerPart !== undefined && /[,\s]/.test(integerPart),
  };
}

/** True for cells that hold no value: empty, or a dash/slash placeholder. */
export function isBlankValue(text: string): boolean {
  return /^[\s\-—–―－/／]*$/.test(toHalfWidth(text));
}

/** The format a typed value is written in, to write computed values the same way. */
export function inferNumberFormat(text: string): NumberFormat | null {
  const parsed = parseCellNumber(text);
  if (parsed === null) return null;
  return formatOfParsed(parsed);
}

export function formatOfParsed(parsed: CellNumber): NumberFormat {
  if (parsed.percent) return { kind: 'percent', decimals: parsed.decimals };
  if (parsed.grouped) return { kind: 'thousands', decimals: parsed.decimals };
  if (parsed.decimals > 0) return { kind: 'fixed', decimals: parsed.decimals };
  return { kind: 'integer' };
}

function clampDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.round(decimals)));
}

/**
 * |value| rounded half away from zero to `decimals` places, as a string without sign.
 * `toPrecision(15)` first removes binary noise, so 1.005 → "1.01" and 0.2814 × 100 → "28.14"
 * (plain `toFixed` gives "1.00" and can give "28.13").
 */
function roundedAbs(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  const scaled = Math.round(Number((Math.abs(value) * factor).toPrecision(15)));
  return (scaled / factor).toFixed(decimals);
}

function groupThousands(digits: string): string {
  const [integer = '', fraction] = digits.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Writes a value in a format: 0.1121 as percent/2 → "11.21%", 1106 as thousands/0 → "1,106". */
export function formatCellNumber(value: number, format: NumberFormat): string {
  if (!Number.isFinite(value)) return '';
  const decimals = format.kind === 'integer' ? 0 : clampDecimals(format.decimals);
  const shown = format.kind === 'percent' ? value * 100 : value;
  let body = roundedAbs(shown, decimals);
  // No "-0.00": a value that rounds to zero has no sign.
  const negative = shown < 0 && /[1-9]/.test(body);
  if (format.kind === 'thousands') body = groupThousands(body);
  if (format.kind === 'percent') body += '%';
  return negative ? `-${body}` : body;
}

export function isNumberFormat(value: unknown): value is NumberFormat {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, decimals } = value as { kind?: unknown; decimals?: unknown };
  if (kind === 'integer') return true;
  return (kind === 'thousands' || kind === 'fixed' || kind === 'percent') && typeof decimals === 'number' && Number.isFinite(decimals);
}
