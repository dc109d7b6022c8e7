/**
 * The one escaper for text written into CSS: a double-quoted CSS string (the running head's
 * `content:` in the print style sheet, font family names). The style sheet sits in an inline
 * <style>, where the HTML parser ends the element at the first `</style`, whatever the CSS says, so
 * `<` and `>` are escaped along with what ends or bends a CSS string: quotes, backslash, newlines
 * (a CSS string cannot hold one), U+2028/2029, and all control characters. Each becomes a CSS
 * hex escape (`\3c `); characters CSS cannot carry (NUL, lone surrogates) become U+FFFD, as the CSS
 * parser would make them anyway.
 */

const SPECIAL = /[\u0000-\u001F\u007F"'\\<>&\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function hexEscape(ch: string): string {
  const code = ch.charCodeAt(0);
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  // The space ends the escape, so a hex digit that follows is not read as part of it.
  return `\\${(code === 0 || isSurrogate ? 0xfffd : code).toString(16)} `;
}

export function cssString(text: string): string {
  return `"${text.replace(SPECIAL, hexEscape)}"`;
}
