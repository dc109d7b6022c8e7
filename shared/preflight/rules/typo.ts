/**
 * typo — wrong characters that make a non-word where a similar character makes a common word
 * (杜会 → 社会), and classic misused idioms (再接再励 → 再接再厉).
 *
 * How it keeps false alarms down (the rule must stay under 1 per 10 000 characters):
 * - only two neighbouring characters that the segmenter left as single characters are looked at
 *   (a pair inside a dictionary word is never questioned), and only when the pair itself is no
 *   dictionary word;
 * - a character is only replaced by one of its group in the confusion set (data/confusion-set.ts);
 * - a character that makes a word with its outer neighbour is not replaced (承 in 非遗传承为);
 * - the replaced pair must be a common word (frequency ≥ MIN_FREQUENCY in the dictionary), and
 *   segmenting the sentence around it again with the replacement must keep it as one word, so
 *   the correction fits its neighbours, not just itself.
 */
import { CONFUSION_SET_SOURCE, MISUSED_PHRASES_SOURCE } from '../data/confusion-set';
import { at, type PreflightRule, type RawFinding } from '../rule';
import type { TextUnit } from '../text-units';
import type { Lexicon } from '../types';

/** A correction must be a word at least this frequent in jieba's dictionary (社会 is about 40 000). */
export const MIN_FREQUENCY = 2000;
/** How many characters on each side are segmented again to see whether the correction fits. */
const WINDOW = 4;
/**
 * A character that makes a word with its outer neighbour (承 in 非遗传承为) may belong to that word
 * where the segmenter chose otherwise; it is not questioned. 社会 frequencies are in the tens of
 * thousands, so 100 keeps rare dictionary oddities from blocking a real slip.
 */
const NEIGHBOUR_WORD_FREQUENCY = 100;

function lines(source: string): string[][] {
  return source
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s+/));
}

/** Character → the characters it may be a slip for. */
export function parseConfusions(source: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const groups of lines(source)) {
    for (const group of groups) {
      const chars = Array.from(group);
      for (const a of chars) {
        for (const b of chars) {
          if (a === b) continue;
          let set = map.get(a);
          if (set === undefined) map.set(a, (set = new Set()));
          set.add(b);
        }
      }
    }
  }
  return map;
}

export function parsePhrases(source: string): [string, string][] {
  return lines(source)
    .filter((parts) => parts.length === 2 && parts[0] !== parts[1])
    .map((parts) => [parts[0] as string, parts[1] as string]);
}

const CONFUSIONS = parseConfusions(CONFUSION_SET_SOURCE);
const PHRASES = parsePhrases(MISUSED_PHRASES_SOURCE);

interface Correction {
  readonly offset: number;
  readonly typed: string;
  readonly word: string;
  readonly frequency: number;
}

/** Does segmenting `run` with `word` put in at `start` keep `word` as one token? */
function fitsContext(lexicon: Lexicon, run: string, start: number, word: string): boolean {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(run.length, start + word.length + WINDOW);
  const text = run.slice(from, start) + word + run.slice(start + word.length, to);
  let offset = 0;
  for (const token of lexicon.cut(text)) {
    if (offset === start - from) return token === word;
    if (offset > start - from) return false;
    offset += token.length;
  }
  return false;
}

function correctPair(lexicon: Lexicon, run: string, start: number): Correction | null {
  const typed = run.slice(start, start + 2);
  if (lexicon.frequency(typed) > 0) return null;
  let best: Correction | null = null;
  for (let i = 0; i < 2; i++) {
    const outer = i === 0 ? run.slice(Math.max(0, start - 1), start + 1) : run.slice(start + 1, start + 3);
    if (outer.length === 2 && lexicon.frequency(outer) >= NEIGHBOUR_WORD_FREQUENCY) continue;
    for (const alternative of CONFUSIONS.get(typed[i] as string) ?? []) {
      const word = i === 0 ? alternative + typed[1] : typed[0] + alternative;
      const frequency = lexicon.frequency(word);
      if (frequency < MIN_FREQUENCY || (best !== null && best.frequency >= frequency)) continue;
      if (!fitsContext(lexicon, run, start, word)) continue;
      best = { offset: start, typed, word, frequency };
    }
  }
  return best;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Suspect pairs in a text: two neighbouring single Chinese characters. The text is segmented once
 * as a whole (one call into the segmenter per paragraph rather than per run of characters).
 */
export function findTypos(lexicon: Lexicon, run: string): Correction[] {
  if (!/\p{Script=Han}{2}/u.test(run)) return [];
  const tokens = lexicon.cut(run);
  const found: Correction[] = [];
  let offset = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    if (token.length === 1 && next !== undefined && next.length === 1 && HAN.test(token) && HAN.test(next)) {
      const correction = correctPair(lexicon, run, offset);
      if (correction !== null) {
        found.push(correction);
        offset += 2;
        i++;
        continue;
      }
    }
    offset += token.length;
  }
  return found;
}

function checkUnit(lexicon: Lexicon, unit: TextUnit, into: RawFinding[]): void {
  for (const [typed, right] of PHRASES) {
    for (let index = unit.text.indexOf(typed); index >= 0; index = unit.text.indexOf(typed, index + typed.length)) {
      into.push(at(unit, index, typed, 'error', `成语或固定用语误写：“${typed}”应为“${right}”`, right, { kind: 'replace', text: right }));
    }
  }
  for (const c of findTypos(lexicon, unit.text)) {
    into.push(at(unit, c.offset, c.typed, 'error', `疑似错别字：“${c.typed}”不成词，可能应为“${c.word}”`, c.word, { kind: 'replace', text: c.word }));
  }
}

export const typoRule: PreflightRule = {
  id: 'typo',
  run(context) {
    const lexicon = context.tools.lexicon;
    if (lexicon === undefined) return [];
    const out: RawFinding[] = [];
    for (const unit of context.units) checkUnit(lexicon, unit, out);
    return out;
  },
};
