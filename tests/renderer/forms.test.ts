import { defaultSettings } from '../../shared/model/settings';
import { checkSettings, settingsToForm } from '../../renderer/src/project/settings-form';
import { defaultReportYear, parseYear, suggestedFileName, validateNewReport, validateUnitName } from '../../renderer/src/start/new-report-form';

describe('new report form', () => {
  test('valid input becomes a create request', () => {
    expect(validateNewReport({ unitName: '  天津工业职业学院 ', year: '2025', template: 'annual' })).toEqual({
      ok: true,
      request: { unitName: '天津工业职业学院', year: 2025, blank: false },
    });
    expect(validateNewReport({ unitName: '某学院', year: '２０２５', template: 'blank' })).toEqual({
      ok: true,
      request: { unitName: '某学院', year: 2025, blank: true },
    });
  });

  test('missing unit name and bad years are explained in Chinese', () => {
    expect(validateNewReport({ unitName: '   ', year: '25', template: 'annual' })).toEqual({
      ok: false,
      errors: { unitName: '请填写单位名称', year: '年度应为 2000—2100 之间的整数' },
    });
    expect(parseYear('1999')).toBeNull();
    expect(parseYear('2101')).toBeNull();
    expect(parseYear('2025.5')).toBeNull();
    expect(parseYear(' 2100 ')).toBe(2100);
  });

  test('a unit name is required except where last year\'s is kept; the limit holds for both', () => {
    expect(validateUnitName('  ')).toBe('请填写单位名称');
    expect(validateUnitName('  ', false)).toBeUndefined();
    expect(validateUnitName('院'.repeat(100), false)).toBeUndefined();
    expect(validateUnitName('院'.repeat(101), false)).toContain('100');
    expect(validateUnitName('院'.repeat(101))).toContain('100');
  });

  test('suggested file name and default year', () => {
    expect(suggestedFileName({ unitName: '某学院', year: 2025, blank: false })).toBe('某学院职业教育质量年度报告（2025年度）');
    expect(defaultReportYear(new Date(2025, 10, 20))).toBe(2025);
    expect(defaultReportYear(new Date(2026, 0, 10))).toBe(2025);
  });
});

describe('settings form', () => {
  const current = defaultSettings('某学院', 2025);

  test('only changed fields are sent', () => {
    const form = { ...settingsToForm(current), unitNameEn: ' Some College ', stylePreset: 'report' as const };
    expect(checkSettings(form, current)).toEqual({ ok: true, patch: { unitNameEn: 'Some College', stylePreset: 'report' } });
    expect(checkSettings(settingsToForm(current), current)).toEqual({ ok: true, patch: {} });
  });

  test('empty title, empty unit and bad year are refused', () => {
    const form = { ...settingsToForm(current), unitName: '', reportTitle: ' ', year: 'abcd' };
    const result = checkSettings(form, current);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : Object.keys(result.errors).sort()).toEqual(['reportTitle', 'unitName', 'year']);
  });
});
