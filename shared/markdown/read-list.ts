/**
 * Bullet (`- `, `* `, `+ `) and ordered (`1. `, `1) `, `#. `) lists. The content model has flat
 * lists of one-paragraph items, so nested items become further items of the outer list and an
 * item's continuation paragraphs join its text; nothing is dropped.
 *
 * Only ASCII markers followed by a space start a list. Chinese typed numbering (`（1）`, `1.形成…`)
 * stays paragraph text, as in Pandoc.
 */

interface ListMarker {
  readonly ordered: boolean;
  /** The bullet character, or the ordered delimiter (`.` or `)`): changing it starts a new list. */
  readonly style: string;
  readonly number: number;
  readonly indent: number;
  /** Column where the item's text starts; deeper-indented markers are nested items. */
  readonly contentColumn: number;
  readonly text: string;
}

const BULLET = /^(\s*)([-*+])([ \t]+)(.*)$/;
const ORDERED = /^(\s*)(\d{1,9}|#)([.)])([ \t]+)(.*)$/;

export function listMarker(line: string): ListMarker | null {
  const bullet = BULLET.exec(line);
  if (bullet) {
    const [, indent, char, gap, text] = bullet as unknown as [string, string, string, string, string];
    return { ordered: false, style: char, number: 1, indent: indent.length, contentColumn: indent.length + 1 + gap.length, text };
  }
  const ordered = ORDERED.exec(line);
  if (ordered) {
    const [, indent, digits, delimiter, gap, text] = ordered as unknown as [string, string, string, string, string, string];
    return {
      ordered: true,
      style: delimiter,
      number: digits === '#' ? 1 : Number(digits),
      indent: indent.length,
      contentColumn: indent.length + digits.length + 1 + gap.length,
      text,
    };
  }
  return null;
}

/** A marker that may start a list at block level: at most three spaces of indent. */
export function startsList(line: string): boolean {
  const marker = listMarker(line);
  return marker !== null && marker.indent <= 3 && marker.text.trim() !== '';
}

export interface ListParts {
  readonly ordered: boolean;
  readonly start: number;
  readonly items: readonly (readonly string[])[];
  readonly end: number;
}

const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
const indentOf = (line: string): number => line.length - line.trimStart().length;

export function readList(lines: readonly string[], at: number): ListParts | null {
  if (!startsList(lines[at] ?? '')) return null;
  const first = listMarker(lines[at] as string) as ListMarker;
  const sameList = (m: ListMarker): boolean => m.ordered === first.ordered && m.style === first.style;
  const nested = (m: ListMarker): boolean => m.indent >= first.contentColumn;
  const items: string[][] = [[first.text]];
  const current = (): string[] => items[items.length - 1] as string[];
  let end = at + 1;
  while (end < lines.length) {
    const line = lines[end] as string;
    if (isBlank(line)) {
      // After a blank line the list goes on only with another item or indented content.
      let next = end + 1;
      while (next < lines.length && isBlank(lines[next])) next += 1;
      const following = lines[next];
      if (following === undefined) break;
      const marker = listMarker(following);
      if (marker && (nested(marker) || (marker.indent <= 3 && sameList(marker)))) {
        end = next;
        continue;
      }
      if (marker === null && indentOf(following) >= Math.min(first.contentColumn, 4)) {
        end = next;
        continue;
      }
      break;
    }
    const marker = listMarker(line);
    if (marker && (nested(marker) || sameList(marker))) items.push([marker.text]);
    else if (marker && marker.indent <= 3) break;
    else current().push(line);
    end += 1;
  }
  return { ordered: first.ordered, start: first.number, items, end };
}
