/**
 * The first line of a `::: {.case}` box: `**案例 1-1 追寻红足迹 争做新青年**`. Its title goes to the
 * case element without the typed number (案例 1-1 is computed); anything else stays content.
 */
import type { FormattedText } from '../model/document';
import { splitCaseTitle, type NumberedText } from './typed-numbers';

/**
 * Longest unbolded line still taken for a title. Converters sometimes lose the bold; a short
 * `案例 1-1 …` line is still the title, a long one (or one ending like a sentence) is a sentence
 * that happens to start with 案例. Seed 001's longest case title has 22 characters.
 */
const MAX_PLAIN_TITLE = 50;
const SENTENCE_END = /[。！？!?；;]$/;

export function caseTitleFrom(runs: readonly FormattedText[]): NumberedText | null {
  const text = runs
    .map((run) => run.text)
    .join('')
    .trim();
  const parsed = splitCaseTitle(text);
  if (parsed === null || parsed.text === '') return null;
  const bold = runs.every((run) => run.text.trim() === '' || run.bold === true);
  return bold || (text.length <= MAX_PLAIN_TITLE && !SENTENCE_END.test(text)) ? parsed : null;
}
