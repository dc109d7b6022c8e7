import { defaultSettings } from '../../shared/model/settings';
import { chineseDate, DEFAULT_STATEMENT_TEMPLATE, defaultStatementDay, fillStatementTemplate, fingerprintLine, isCalendarDay, statementText } from '../../shared/statement/statement-text';

const settings = defaultSettings('天津工业职业学院', 2025);

describe('statement text', () => {
  test('the date reads as on seed 001: 2025 年 12 月 30 日, without leading zeros', () => {
    expect(chineseDate('2025-12-30')).toBe('2025 年 12 月 30 日');
    expect(chineseDate('2026-01-05')).toBe('2026 年 1 月 5 日');
    expect(() => chineseDate('30/12/2025')).toThrow(/calendar day/);
  });

  test('only real calendar days are accepted as a statement date', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-13-01')).toBe(false);
  });

  test('the standard sentence is filled in and split so that 特此声明。 stands alone', () => {
    const text = statementText(settings, { template: DEFAULT_STATEMENT_TEMPLATE, date: '2025-12-30', signerName: '', signatureImage: null, sealImage: null, position: 'after-cover' });
    expect(text.paragraphs).toEqual(['学校对天津工业职业学院职业教育质量年度报告（2025年度）的真实性、完整性和准确性负责。', '特此声明。']);
    expect(text.unitLabel + text.unitName).toBe('单位名称（盖章）：天津工业职业学院');
    expect(text.signerLabel).toBe('法定代表人（签名）：');
    expect(text.date).toBe('2025 年 12 月 30 日');
  });

  test('without a stored date the statement is dated from the report settings, not the day of export', () => {
    const unset = { template: DEFAULT_STATEMENT_TEMPLATE, date: null, signerName: '', signatureImage: null, sealImage: null, position: 'after-cover' } as const;
    expect(statementText(settings, unset).date).toBe('2025 年 12 月 31 日');
    // A 2022 report issued today still says 2022 (the issue: its statement said 2026).
    expect(statementText(defaultSettings('天津工业职业学院', 2022), unset).date).toBe('2022 年 12 月 31 日');
    expect(defaultStatementDay({ year: 2022 })).toBe('2022-12-31');
  });

  test('an edited template may use {title} and {year}; unknown braces are left as typed', () => {
    expect(fillStatementTemplate('本单位对《{title}》负责。{year}{other}', settings)).toBe('本单位对《天津工业职业学院职业教育质量年度报告（2025 年度）》负责。2025{other}');
  });

  test('the fingerprint line is the small print the issue asks for', () => {
    expect(fingerprintLine('ab'.repeat(32))).toBe(`本声明对应报告文件 SHA-256：${'ab'.repeat(32)}`);
  });
});
