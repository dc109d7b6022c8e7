/**
 * Characters XML 1.0 cannot carry (§2.2 Char): C0 controls other than tab, LF and CR, lone
 * surrogates, and the noncharacters U+FFFE and U+FFFF. A Word part holding one is not well-formed
 * (Word, python-docx and LibreOffice refuse it), so every string from a project that is written into
 * XML goes through {@link replaceXmlForbidden} first. They are replaced, not dropped, so the reader
 * sees that something was there; the exports warn (see xml-safe-plan.ts).
 */

/** U+FFFD REPLACEMENT CHARACTER: what a forbidden character shows as. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** How many characters of `text` XML 1.0 forbids. */
export function countXmlForbidden(text: string): number {
  return text.match(FORBIDDEN)?.length ?? 0;
}

/** `text` with every character XML 1.0 forbids replaced by U+FFFD. */
export function replaceXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, REPLACEMENT_CHARACTER);
}
