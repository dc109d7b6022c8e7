/**
 * Recognises an author starting to write a reference (见表 / 如图 / 见图 / 见案例, optionally with
 * part of the number already typed: 见表1-) so the editor can offer the matching targets. Pure, so
 * the rules are tested without a browser.
 */
import type { NumberedStructure, StructureKind } from '../../../../shared/numbering/structure-numbering';

export interface ReferenceCue {
  readonly kind: StructureKind;
  /** Offset (in the text before the caret) where the kind word 表/图/案例 starts; 见/如 stay. */
  readonly start: number;
  /** The number typed so far, normalised (ASCII digits, '-' for any dash, no spaces). */
  readonly number: string;
}

const KIND_OF_WORD: Readonly<Record<string, StructureKind>> = { 表: 'table', 图: 'figure', 案例: 'case' };

const CUE = /([见如])(表|图|案例)([\s0-9０-９]*(?:[-－—–][\s0-9０-９]*)?)$/u;

/**
 * Words that end in 见 or 如 without being a reference cue: 意见表 (an opinion form), 例如图书馆,
 * 可见图中…. The character before the cue word tells them apart; 详见, 参见, 正如 stay cues.
 */
const NOT_A_CUE_BEFORE: Readonly<Record<string, string>> = {
  见: '意可常看听遇罕偏预少不所会接只显易洞',
  如: '例比假譬诸犹何莫',
};

export function normalizeTypedNumber(typed: string): string {
  return typed
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–]/gu, '-')
    .replace(/\s+/gu, '');
}

/** The cue the text before the caret ends with, or null. */
export function matchReferenceCue(textBefore: string): ReferenceCue | null {
  const match = CUE.exec(textBefore);
  if (!match) return null;
  const [, cueWord = '', kindWord = '', typed = ''] = match;
  const before = textBefore.charAt(match.index - 1);
  if (before && (NOT_A_CUE_BEFORE[cueWord] ?? '').includes(before)) return null;
  const kind = KIND_OF_WORD[kindWord];
  if (!kind) return null;
  return { kind, start: match.index + cueWord.length, number: normalizeTypedNumber(typed) };
}

/**
 * Targets to offer for a cue: structures of its kind whose number starts with what was typed;
 * those of the section being written first (the text nearly always refers to a table or figure
 * nearby), then the rest in reading order.
 */
export function rankCandidates(
  structures: readonly NumberedStructure[],
  cue: Pick<ReferenceCue, 'kind' | 'number'>,
  nodeId: string,
  limit = 8,
): NumberedStructure[] {
  const matching = structures.filter((s) => s.kind === cue.kind && s.number.startsWith(cue.number));
  const here = matching.filter((s) => s.nodeId === nodeId);
  const elsewhere = matching.filter((s) => s.nodeId !== nodeId);
  return [...here, ...elsewhere].slice(0, limit);
}
