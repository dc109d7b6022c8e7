/**
 * What a spreadsheet cell shows, from its stored value and number format: 0.1121 with "0.00%" shows
 * 11.21%, 1106 with "#,##0" shows 1,106, a date serial with "yyyy年m月d日" shows 2025年6月30日. The
 * report wants those texts, not the raw values; exceljs hands over values and format codes only,
 * so the common families of Excel format codes are rendered here. Anything unrecognised falls back
 * to Excel's "General" rendering of the value.
 */
import type { CellValue } from 'exceljs';

/** Excel's General: up to 11 significant characters, no exponent for ordinary magnitudes. */
function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toPrecision(10));
  return Math.abs(rounded) >= 1e-6 && Math.abs(rounded) < 1e15 ? String(rounded).replace(/e.*$/, '') : String(rounded);
}

function stripFormatNoise(section: string): string {
  return section
    .replace(/\[\$([^\]-]*)-[0-9A-Fa-f]+\]/g, (_, symbol: string) => (symbol ? `"${symbol}"` : '')) // [$¥-804] → ¥
    .replace(/\[[^\]]*\]/g, '') // colours, conditions, locales
    .replace(/_./g, ' ') // padding "_)" → a space
    .replace(/\*./g, ''); // fill characters
}

/** Literal text around a format's digits: quoted strings, backslash escapes, plain symbols. */
function literalText(part: string): string {
  return part.replace(/"([^"]*)"|\\(.)|[#0?,.%]/g, (whole, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? '');
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+$)/g, ',');
}

function formatNumberSection(value: number, section: string): string | null {
  const clean = stripFormatNoise(section);
  // The digits part: from the first placeholder to the last placeholder / separator / percent.
  const first = clean.search(/[0#?]/);
  if (first < 0) return null;
  let last = first;
  for (let i = first; i < clean.length; i++) {
    const ch = clean[i] as string;
    if ('0#?,.%'.includes(ch)) last = i;
    else if (ch === '"' || ch === '\\') break;
  }
  const core = clean.slice(first, last + 1);
  const percent = core.includes('%');
  const fraction = /\.([0#?]*)/.exec(core)?.[1] ?? '';
  const decimals = fraction.length;
  const grouped = /[0#?],[0#?]/.test(core);
  const shown = percent ? value * 100 : value;
  const fixed = Math.abs(shown).toFixed(decimals);
  const [integer = '0', decimalsPart] = fixed.split('.');
  const body = (grouped ? groupThousands(integer) : integer) + (decimalsPart !== undefined ? `.${decimalsPart}` : '');
  const prefix = literalText(clean.slice(0, first));
  const suffix = (percent ? '%' : '') + literalText(clean.slice(last + 1));
  return `${prefix}${body}${suffix}`;
}

/** Excel format codes have up to four sections: positive;negative;zero;text. */
export function formatNumber(value: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format.trim()) || format === '@') return generalNumber(value);
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const negativeSection = value < 0 && sections.length > 1 ? sections[1] : undefined;
  const zeroSection = value === 0 && sections.length > 2 ? sections[2] : undefined;
  const section = zeroSection ?? negativeSection ?? (sections[0] as string);
  const text = formatNumberSection(negativeSection !== undefined ? -value : value, section);
  if (text === null) return literalText(stripFormatNoise(section)) || generalNumber(value);
  return value < 0 && negativeSection === undefined && /[1-9]/.test(text) ? `-${text}` : text;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Dates (exceljs gives them as UTC Date objects): Chinese formats keep 年月日, others ISO. */
export function formatDate(date: Date, format: string | undefined): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const hasTime = /h/i.test(format ?? '') || date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() > 0;
  const time = hasTime ? ` ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : '';
  if (format && /年/.test(format)) {
    if (!/d/i.test(format)) return `${y}年${m}月`;
    return `${y}年${m}月${d}日${time}`;
  }
  if (format && /^\s*yyyy\/m/i.test(format)) return `${y}/${m}/${d}${time}`;
  return `${y}-${pad(m)}-${pad(d)}${time}`;
}

/** The display text of a cell value with its number format. */
export function displayText(value: CellValue, format: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value, format);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in (result as object)) return String((result as { error: unknown }).error);
    return displayText(result as CellValue, format);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? text : typeof text === 'object' && text !== null ? displayText(text as CellValue, format) : value.hyperlink;
  }
  return '';
}
