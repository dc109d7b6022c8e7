/**
 * Width for a centred one-line field (case title, figure caption) so that it hugs its text the way
 * the printed line will: a CJK character takes 1em, Latin letters and digits about half of that.
 */
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u;

export function fieldWidthEm(text: string, placeholder: string, minEm = 4): number {
  const shown = text.length > 0 ? text : placeholder;
  let em = 0;
  for (const ch of shown) em += WIDE.test(ch) ? 1 : 0.55;
  return Math.max(minEm, Math.ceil(em + 1.5));
}
