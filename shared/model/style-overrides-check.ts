/**
 * Stored style overrides checked by hand, with the bounds in one table that the IPC schema
 * (style-overrides-schema.ts) is built from too. Why not the zod schema itself: the project store
 * checks every stored value on read, and a Word export from the CLI opens a project; zod's module
 * initialisation alone was ≈15 ms of that start-up (issue 12, item 5), against a target measured
 * relative to pandoc's whole run.
 */
import { STYLE_FONTS, type StyleOverrides } from './settings';

/** 字体/字号/行距 on top of the preset; bounds keep exports sane (五号 10.5 pt … 一号 26 pt). */
export const STYLE_BOUNDS = {
  bodySizePt: { min: 9, max: 26 },
  lineExactPt: { min: 12, max: 48 },
  lineMultiple: { min: 1, max: 3 },
} as const;

const FONT_KEYS = ['bodyFont', 'headingFont'] as const;
const NUMBER_KEYS = Object.keys(STYLE_BOUNDS) as (keyof typeof STYLE_BOUNDS)[];
const KEYS: ReadonlySet<string> = new Set<string>([...FONT_KEYS, ...NUMBER_KEYS]);

export function isStyleOverrides(value: unknown): value is StyleOverrides {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (!Object.keys(record).every((key) => KEYS.has(key))) return false;
  const fontsOk = FONT_KEYS.every((key) => record[key] === undefined || (STYLE_FONTS as readonly unknown[]).includes(record[key]));
  const numbersOk = NUMBER_KEYS.every((key) => {
    const v = record[key];
    return v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= STYLE_BOUNDS[key].min && v <= STYLE_BOUNDS[key].max);
  });
  return fontsOk && numbersOk;
}
