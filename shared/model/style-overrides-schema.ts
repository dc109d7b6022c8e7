/**
 * The schema of stored style overrides, in a module of its own: the project store checks every
 * stored value against it on read, and a Word export from the CLI should not have to build the
 * whole IPC contract (every zod schema of shared/ipc/contract.ts) to open a project.
 */
import { z } from 'zod';
import { STYLE_FONTS } from './settings';

/** 字体/字号/行距 on top of the preset; bounds keep exports sane (五号 10.5 pt … 一号 26 pt). */
export const styleOverridesSchema = z
  .object({
    bodyFont: z.enum(STYLE_FONTS),
    headingFont: z.enum(STYLE_FONTS),
    bodySizePt: z.number().min(9).max(26),
    lineExactPt: z.number().min(12).max(48),
    lineMultiple: z.number().min(1).max(3),
  })
  .partial()
  .strict();

