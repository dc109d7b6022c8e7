/**
 * The preflight (校对) model: what a check reads, what it finds, and the tools it is handed.
 *
 * Rules are pure functions over the report's text units (text-units.ts). The two heavy tools —
 * a Chinese segmenter with a frequency dictionary and a traditional→simplified converter — are
 * interfaces here and are supplied by the main process (electron/preflight/), because the
 * dictionary is tens of megabytes and the segmenter a native module: the renderer never loads them.
 */
import type { SectionContent } from '../model/document';
import type { OutlineNode } from '../model/outline';
import type { ReportSettings } from '../model/settings';

export const RULE_IDS = ['typo', 'traditional', 'numbers', 'tables', 'references', 'captions', 'punctuation', 'consistency', 'glossary'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What applying a finding's fix does: replace the excerpt by text, or turn it into a live cross-reference. */
export type PreflightFix = { readonly kind: 'replace'; readonly text: string } | { readonly kind: 'xref'; readonly target: string };

export interface Finding {
  /** Stable key for ignoring: rule, block and excerpt (see findingKey). */
  readonly key: string;
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly blockId: string;
  /** Where the unit's text comes from inside the block ('text', 'caption', 'title', 'source', a cell id). */
  readonly field: string;
  /** Offset of the excerpt in the unit's text as the reader sees it (cross-references rendered). */
  readonly offset: number;
  readonly excerpt: string;
  /** The excerpt with up to 10 characters on each side. */
  readonly context: string;
  readonly suggestion: string | null;
  readonly fix: PreflightFix | null;
}

/** A segmenter with the dictionary's word frequencies (jieba's dict.txt in the app). */
export interface Lexicon {
  /** Words of `text` by the dictionary alone (no HMM guessing of unknown words). */
  cut(text: string): string[];
  /** The word's frequency in the dictionary, 0 when it is not a word there. */
  frequency(word: string): number;
}

/** Traditional → simplified, character by character (opencc-js in the app). */
export type ToSimplified = (text: string) => string;

export interface GlossaryEntry {
  /** The form the report must use. */
  readonly preferred: string;
  /** Forms to flag. */
  readonly variants: readonly string[];
  readonly note?: string;
}

/** What a project keeps for the preflight (stored in the project, carried in packages). */
export interface PreflightSettings {
  readonly glossary: readonly GlossaryEntry[];
  /** Text allowed in traditional characters (a logo line: 天津工業職業學院). */
  readonly traditionalAllow: readonly string[];
}

export interface PreflightReport {
  readonly settings: ReportSettings;
  readonly outline: readonly OutlineNode[];
  contentOf(nodeId: string): SectionContent | undefined;
  /** The statement's date (YYYY-MM-DD) and the report's date, when known. */
  readonly statementDate?: string | null;
  readonly reportDate?: string | null;
}

export interface PreflightTools {
  readonly lexicon?: Lexicon;
  readonly toSimplified?: ToSimplified;
}

export interface PreflightOptions {
  readonly rules?: readonly RuleId[];
  /** Only these outline nodes (the whole report is still read for numbering and references). */
  readonly sections?: ReadonlySet<string>;
  readonly settings?: PreflightSettings;
  /** Keys of ignored findings. */
  readonly ignored?: ReadonlySet<string>;
}

export interface PreflightCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly ignored: number;
  readonly byRule: Readonly<Partial<Record<RuleId, number>>>;
  /** Chinese characters checked, for rates. */
  readonly characters: number;
}

export interface PreflightResult {
  readonly findings: readonly Finding[];
  readonly counts: PreflightCounts;
}
