/**
 * The IPC schema of style overrides (settings.update), with field-level messages; its bounds come
 * from style-overrides-check.ts, which the project store uses on read without loading zod.
 */
import { z } from 'zod';
import { STYLE_FONTS } from './settings';
import { STYLE_BOUNDS } from './style-overrides-check';

export const styleOverridesSchema = z
  .object({
    bodyFont: z.enum(STYLE_FONTS),
    headingFont: z.enum(STYLE_FONTS),
    bodySizePt: z.number().min(STYLE_BOUNDS.bodySizePt.min).max(STYLE_BOUNDS.bodySizePt.max),
    lineExactPt: z.number().min(STYLE_BOUNDS.lineExactPt.min).max(STYLE_BOUNDS.lineExactPt.max),
    lineMultiple: z.number().min(STYLE_BOUNDS.lineMultiple.min).max(STYLE_BOUNDS.lineMultiple.max),
  })
  .partial()
  .strict();

