/**
 * A heading's inline markdown → its runs and title without the typed numbering (一、 （一） 1. （1）),
 * which the app computes. Whether it had a number is kept: an unnumbered heading stays unnumbered.
 */
import type { FormattedText } from '../model/document';
import { stripTypedNumber } from '../numbering/heading-numbering';
import { parseInline, type InlineResult } from './parse-inline';

export interface HeadingText {
  readonly runs: FormattedText[];
  readonly title: string;
  readonly hadNumber: boolean;
  readonly images: InlineResult['images'];
  readonly links: number;
}

/** Removes the first `count` characters from a list of runs. */
function dropLeading(runs: readonly FormattedText[], count: number): FormattedText[] {
  let left = count;
  const out: FormattedText[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

function trimTrailing(runs: FormattedText[]): FormattedText[] {
  const out = runs.slice();
  while (out.length > 0) {
    const last = out[out.length - 1] as FormattedText;
    const text = last.text.trimEnd();
    if (text !== '') {
      out[out.length - 1] = { ...last, text };
      break;
    }
    out.pop();
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** Heading runs without the typed numbering, keeping bold/italic on what remains. */
export function headingText(raw: string): HeadingText {
  const inline = parseInline(raw);
  const plain = inline.runs.map((r) => r.text).join('');
  const { title, hadNumber } = stripTypedNumber(plain);
  // stripTypedNumber trims; what it removed at the start is the number plus surrounding spaces.
  const removed = hadNumber ? plain.trimEnd().length - title.length : plain.length - plain.trimStart().length;
  return { runs: trimTrailing(dropLeading(inline.runs, removed)), title, hadNumber, images: inline.images, links: inline.links };
}
