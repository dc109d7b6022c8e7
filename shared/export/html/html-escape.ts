/** Escaping for the print HTML: text content and double-quoted attribute values. */

const TEXT: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Readonly<Record<string, string>> = { ...TEXT, '"': '&quot;' };

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => TEXT[ch] as string);
}

export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ATTRIBUTE[ch] as string);
}

/** A CSS string literal (for `content:` in the page margin boxes). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`).replace(/[\r\n]+/g, ' ')}"`;
}
