/**
 * The store's hand-written check of stored style overrides and the IPC's zod schema share their
 * bounds; this table runs every case through both so they cannot drift apart (a case where they
 * disagree fails, whichever side is wrong).
 */
import { isStyleOverrides } from '../../shared/model/style-overrides-check';
import { styleOverridesSchema } from '../../shared/model/style-overrides-schema';

const cases: [string, unknown, boolean][] = [
  ['nothing overridden', {}, true],
  ['every field at its bounds', { bodyFont: '仿宋_GB2312', headingFont: '方正小标宋简体', bodySizePt: 26, lineExactPt: 12, lineMultiple: 3 }, true],
  ['五号 body', { bodySizePt: 10.5 }, true],
  ['a size below 9 pt', { bodySizePt: 8.9 }, false],
  ['a line height above 48 pt', { lineExactPt: 49 }, false],
  ['a multiple below 1', { lineMultiple: 0.5 }, false],
  ['an unknown font', { bodyFont: 'Comic Sans' }, false],
  ['a size as text', { bodySizePt: '16' }, false],
  ['not a number', { bodySizePt: Number.NaN }, false],
  ['an unknown key', { colour: 'red' }, false],
  ['null', null, false],
  ['an array', [], false],
];

describe('style overrides: the store check and the IPC schema agree', () => {
  test.each(cases)('%s', (_name, value, accepted) => {
    expect(isStyleOverrides(value)).toBe(accepted);
    expect(styleOverridesSchema.safeParse(value).success).toBe(accepted);
  });
});
