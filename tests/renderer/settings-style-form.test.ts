import { checkSettings, formOverrides, settingsToForm } from '../../renderer/src/project/settings-form';
import { defaultSettings, type ReportSettings } from '../../shared/model/settings';
import { inputSchemas } from '../../shared/ipc/contract';

const current: ReportSettings = { ...defaultSettings('天津工业职业学院', 2025), styleOverrides: {} };

describe('报告设置: 字体/字号/行距', () => {
  test.each([
    [{ bodyFont: '', headingFont: '', bodySize: '', lineSpacing: '' }, {}],
    [{ bodyFont: '宋体', headingFont: '', bodySize: '12', lineSpacing: 'multiple:1.5' }, { bodyFont: '宋体', bodySizePt: 12, lineMultiple: 1.5 }],
    [{ bodyFont: '', headingFont: '微软雅黑', bodySize: '', lineSpacing: 'exact:28' }, { headingFont: '微软雅黑', lineExactPt: 28 }],
    [{ bodyFont: 'Comic Sans', headingFont: '', bodySize: 'abc', lineSpacing: 'exact:' }, {}],
  ])('form %j gives overrides %j', (fields, expected) => {
    expect(formOverrides(fields)).toEqual(expected);
  });

  test('only a changed style is sent, and main accepts the patch', () => {
    const unchanged = checkSettings(settingsToForm(current), current);
    expect(unchanged).toEqual({ ok: true, patch: {} });
    const changed = checkSettings({ ...settingsToForm(current), bodySize: '14', lineSpacing: 'exact:26' }, current);
    expect(changed).toEqual({ ok: true, patch: { styleOverrides: { bodySizePt: 14, lineExactPt: 26 } } });
    if (changed.ok) expect(inputSchemas['settings.update'].safeParse({ patch: changed.patch }).success).toBe(true);
  });

  test('stored overrides come back into the form', () => {
    const form = settingsToForm({ ...current, styleOverrides: { bodyFont: '黑体', bodySizePt: 10.5, lineMultiple: 2 } });
    expect(form).toMatchObject({ bodyFont: '黑体', bodySize: '10.5', lineSpacing: 'multiple:2', headingFont: '' });
  });

  test('main refuses out-of-range or unknown style values', () => {
    for (const styleOverrides of [{ bodySizePt: 72 }, { bodyFont: 'Comic Sans' }, { lineExactPt: 2 }, { colour: 'red' }]) {
      expect(inputSchemas['settings.update'].safeParse({ patch: { styleOverrides } }).success).toBe(false);
    }
  });
});
