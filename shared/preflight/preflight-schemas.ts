/**
 * Shapes of the preflight's project data, shared by the IPC contract (validated in main), the
 * project store (damaged values read as empty) and packages (what the office sends along).
 */
import { z } from 'zod';
import { RULE_IDS, type PreflightSettings, type RuleId } from './types';

export const MAX_GLOSSARY_ENTRIES = 500;
export const MAX_GLOSSARY_TERM = 100;
export const MAX_ALLOW_ENTRIES = 200;
export const MAX_IGNORES = 20_000;

const term = z.string().trim().min(1).max(MAX_GLOSSARY_TERM);

export const glossaryEntrySchema = z.object({
  preferred: term,
  variants: z.array(term).max(20),
  note: z.string().max(200).optional(),
});

export const preflightSettingsSchema = z.object({
  glossary: z.array(glossaryEntrySchema).max(MAX_GLOSSARY_ENTRIES),
  traditionalAllow: z.array(term).max(MAX_ALLOW_ENTRIES),
});

export const ruleIdSchema = z.enum(RULE_IDS);

export const ignoredFindingSchema = z.object({
  key: z.string().min(1).max(4000),
  rule: ruleIdSchema,
  nodeId: z.string().min(1).max(100),
  excerpt: z.string().max(2000),
  createdAt: z.string().max(40),
});

/** What a package carries for the preflight: the office's settings and ignores. */
export const packagePreflightSchema = z.object({
  settings: preflightSettingsSchema,
  ignored: z.array(ignoredFindingSchema).max(MAX_IGNORES),
});

export interface IgnoredFindingData {
  readonly key: string;
  readonly rule: RuleId;
  readonly nodeId: string;
  readonly excerpt: string;
  readonly createdAt: string;
}

export interface PackagePreflight {
  readonly settings: PreflightSettings;
  readonly ignored: readonly IgnoredFindingData[];
}
