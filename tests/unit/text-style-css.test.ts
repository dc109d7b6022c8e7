/**
 * The editor's page takes the exports' numbers (shared/export/html/text-style-css.ts): its custom
 * properties are the print CSS's values for the page margins, the body and the four heading levels,
 * for each preset and with the author's overrides. As data, with the rule the PDF prints by.
 */
import { printCss } from '../../shared/export/html/print-css';
import { presetCssVariables } from '../../shared/export/html/text-style-css';
import { resolvePreset, stylePreset } from '../../shared/export/style-presets';
import type { StylePreset } from '../../shared/model/settings';

const ROWS: readonly { preset: StylePreset; expected: Record<string, string> }[] = [
  {
    preset: 'gongwen',
    expected: {
      '--rw-page-top': '37mm',
      '--rw-page-left': '28mm',
      // 一、 chapter titles: 黑体 小二 bold, left with the two-character indent, 14 pt around.
      '--rw-h1-size': '18pt',
      '--rw-h1-weight': '700',
      '--rw-h1-align': 'left',
      '--rw-h1-indent': '2em',
      '--rw-h1-line': '32pt',
      '--rw-h1-before': '14pt',
      '--rw-h2-size': '16pt',
      '--rw-h4-weight': '400',
      '--rw-body-size': '16pt',
      '--rw-body-line': '28pt',
    },
  },
  {
    preset: 'report',
    expected: {
      '--rw-page-top': '25.4mm',
      '--rw-page-left': '31.8mm',
      // Centred chapter titles, section titles flush left, 1.5 lines as Word counts them for CJK.
      '--rw-h1-align': 'center',
      '--rw-h1-indent': '0em',
      '--rw-h1-line': '1.950',
      '--rw-h2-size': '15pt',
      '--rw-h2-indent': '0em',
      '--rw-body-size': '12pt',
      '--rw-body-line': '1.950',
    },
  },
];

describe.each(ROWS)('$preset', ({ preset, expected }) => {
  const vars = presetCssVariables(stylePreset(preset));

  test('the values the editor gets', () => {
    expect(Object.fromEntries(Object.keys(expected).map((k) => [k, vars[k]]))).toEqual(expected);
  });

  test('each heading level is what the PDF prints for .h1 … .h4', () => {
    const css = printCss(stylePreset(preset), '标题');
    for (const level of [1, 2, 3, 4]) {
      const rule = new RegExp(`\\.h${level} \\{ ([^}]*) \\}`).exec(css)?.[1] ?? '';
      const v = (name: string): string => vars[`--rw-h${level}-${name}`] ?? '';
      expect(rule).toContain(`font-family: ${v('font')}`);
      expect(rule).toContain(`font-size: ${v('size')}`);
      expect(rule).toContain(`font-weight: ${v('weight')}`);
      expect(rule).toContain(`line-height: ${v('line')}`);
      expect(rule).toContain(`text-align: ${v('align')}`);
      expect(rule).toContain(`text-indent: ${v('indent')}`);
      expect(rule).toContain(`margin: ${v('before')} 0 ${v('after')} 0`);
    }
  });
});

test("the author's overrides reach the editor (heading font, body size, line spacing)", () => {
  const plain = presetCssVariables(stylePreset('gongwen'));
  const changed = presetCssVariables(resolvePreset({ stylePreset: 'gongwen', styleOverrides: { headingFont: '宋体', bodySizePt: 14, lineExactPt: 24 } }));
  expect([changed['--rw-body-size'], changed['--rw-body-line'], changed['--rw-h2-line']]).toEqual(['14pt', '24pt', '24pt']);
  expect(changed['--rw-h1-font']).not.toBe(plain['--rw-h1-font']);
  // Negative control: what was not overridden stays.
  expect(changed['--rw-h1-size']).toBe(plain['--rw-h1-size']);
  expect(changed['--rw-page-top']).toBe(plain['--rw-page-top']);
});
