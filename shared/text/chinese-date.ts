/**
 * Dates as Chinese users read and type them: 2025年12月30日. The browser's own date field shows
 * the system's order (mm/dd/yyyy on an English system), so the app's date fields use these.
 */

/** YYYY-MM-DD → “2025年12月30日”; '' stays ''. */
export function formatChineseDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : '';
}

/**
 * What the user typed → YYYY-MM-DD, '' for an empty field, null when it is no real calendar day.
 * Takes 2025年12月30日, 2025-12-30, 2025/12/30, 2025.12.30 and 20251230.
 */
export function parseChineseDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const match = /^(\d{4})\s*[年\-/.．]\s*(\d{1,2})\s*[月\-/.．]\s*(\d{1,2})\s*日?$/.exec(trimmed) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}`;
}
