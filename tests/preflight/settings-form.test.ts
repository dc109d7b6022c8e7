/** The 校对设置 form read into what main stores: glossary rows and the allow-list, as data. */
import { formOf, readSettingsForm } from '../../renderer/src/preflight/settings-form';

test.each([
  [
    'variants separated by 、，, ; and the preferred form dropped from its own variants',
    { rows: [{ preferred: ' 党的二十大 ', variants: '二十大、十二大，党的 20 大;党的二十大' }], allow: '' },
    { glossary: [{ preferred: '党的二十大', variants: ['二十大', '十二大', '党的 20 大'] }], traditionalAllow: [] },
  ],
  ['empty rows are rows not filled in', { rows: [{ preferred: '', variants: '' }], allow: '天津工業職業學院\n\n 天津工業職業學院 \n' }, { glossary: [], traditionalAllow: ['天津工業職業學院'] }],
])('%s', (_name, form, settings) => {
  expect(readSettingsForm(form)).toEqual({ ok: true, settings });
});

test.each([
  ['a preferred form without variants', { rows: [{ preferred: '双高计划', variants: '' }], allow: '' }, /双高计划/],
  ['variants without a preferred form', { rows: [{ preferred: '', variants: '双高' }], allow: '' }, /双高/],
  ['an entry too long', { rows: [], allow: '繁'.repeat(101) }, /100/],
])('refused: %s', (_name, form, problem) => {
  const read = readSettingsForm(form);
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.problem).toMatch(problem);
});

test('what is stored reads back into the same form', () => {
  const settings = { glossary: [{ preferred: '“双高计划”', variants: ['双高计划', '双高建设计划'] }], traditionalAllow: ['天津工業職業學院'] };
  expect(readSettingsForm(formOf(settings))).toEqual({ ok: true, settings });
});
