/**
 * The words of the 内容真实性责任声明 (authenticity statement), from the report settings: pure text,
 * shared by the PDF and Word writers so both say exactly the same thing.
 */
import type { ReportSettings } from '../model/settings';

export const STATEMENT_TITLE = '内容真实性责任声明';

/** The sentence national rules prescribe; `{unit}`, `{title}` and `{year}` are filled in. */
export const DEFAULT_STATEMENT_TEMPLATE = '学校对{unit}职业教育质量年度报告（{year}年度）的真实性、完整性和准确性负责。特此声明。';

/**
 * Where the statement sits in the report exports: right after the cover, as in seed 001 and most
 * published reports, or as the very first page, as some provincial notices ask ("首页").
 */
export const STATEMENT_POSITIONS = ['after-cover', 'first'] as const;
export type StatementPosition = (typeof STATEMENT_POSITIONS)[number];

export interface StatementSettings {
  /** Editable sentence with {unit}/{title}/{year} placeholders. */
  readonly template: string;
  /** Calendar day YYYY-MM-DD, or null for the report's own day ({@link defaultStatementDay}). */
  readonly date: string | null;
  readonly signerName: string;
  readonly signatureImage: string | null;
  readonly sealImage: string | null;
  readonly position: StatementPosition;
}

/** A project that has not configured its statement: the standard sentence, the report's date, no images. */
export const DEFAULT_STATEMENT_SETTINGS: StatementSettings = {
  template: DEFAULT_STATEMENT_TEMPLATE,
  date: null,
  signerName: '',
  signatureImage: null,
  sealImage: null,
  position: 'after-cover',
};

export interface StatementText {
  readonly title: string;
  /** The sentence split after 负责。 so that 特此声明。 stands on its own line, as in seed 001. */
  readonly paragraphs: readonly string[];
  readonly unitLabel: string;
  readonly unitName: string;
  readonly signerLabel: string;
  readonly signerName: string;
  readonly date: string;
}

/** 2025-12-30 → "2025 年 12 月 30 日" (spaced like seed 001 and the 公文 habit for Arabic digits). */
export function chineseDate(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new Error(`not a calendar day: ${isoDay}`);
  return `${match[1]} 年 ${Number(match[2])} 月 ${Number(match[3])} 日`;
}

/** The local calendar day of a moment, YYYY-MM-DD (a statement is dated where it is signed). */
export function localCalendarDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function fillStatementTemplate(template: string, settings: ReportSettings): string {
  const values: Readonly<Record<string, string>> = { unit: settings.unitName, title: settings.reportTitle, year: String(settings.year) };
  return template.replace(/\{(unit|title|year)\}/g, (_whole, key: string) => values[key] ?? '');
}

/** Splits after each 。 so every sentence (负责。 / 特此声明。) is a paragraph of its own. */
function sentences(text: string): string[] {
  return text.split(/(?<=。)/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The statement's date when none is stored: the last day of the report year, the month the cover
 * prints ({year} 年 12 月, see planCover), never the day of export: a 2022 report exported in 2026
 * must not be declared in 2026.
 */
export function defaultStatementDay(settings: Pick<ReportSettings, 'year'>): string {
  return `${String(settings.year).padStart(4, '0')}-12-31`;
}

export function statementText(settings: ReportSettings, statement: StatementSettings): StatementText {
  return {
    title: STATEMENT_TITLE,
    paragraphs: sentences(fillStatementTemplate(statement.template, settings)),
    unitLabel: '单位名称（盖章）：',
    unitName: settings.unitName,
    signerLabel: '法定代表人（签名）：',
    signerName: statement.signerName,
    date: chineseDate(statement.date ?? defaultStatementDay(settings)),
  };
}

/** The small print binding the statement to one report file. */
export function fingerprintLine(reportSha256: string): string {
  return `本声明对应报告文件 SHA-256：${reportSha256}`;
}
