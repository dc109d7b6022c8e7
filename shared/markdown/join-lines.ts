/**
 * Joins the source lines of one paragraph into one string.
 *
 * Converters and authors wrap Chinese text anywhere, so a line break between two Chinese
 * characters must vanish instead of becoming a space (Pandoc's `east_asian_line_breaks`); between
 * Latin words or digits it is a space, as in any Markdown.
 */

/**
 * East Asian wide characters: CJK ideographs and punctuation, kana, full-width forms, plus the
 * curly quotes, dashes and ellipsis that Chinese text uses as full-width punctuation.
 */
const WIDE = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3190-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]|[\uD840-\uD87F][\uDC00-\uDFFF]/u;

function isWideChar(char: string | undefined): boolean {
  return char !== undefined && WIDE.test(char);
}

/** Markup characters that may sit at a line edge without being the text's edge (`**粗**`). */
const EDGE_MARKUP = /[*_`]/;

function lastVisible(line: string): string | undefined {
  const chars = Array.from(line);
  for (let i = chars.length - 1; i >= 0; i -= 1) if (!EDGE_MARKUP.test(chars[i] as string)) return chars[i];
  return undefined;
}

function firstVisible(line: string): string | undefined {
  for (const char of line) if (!EDGE_MARKUP.test(char)) return char;
  return undefined;
}

/**
 * Trims a source line: leading ASCII and ideographic spaces (authors type 　　 as a first-line
 * indent, which is a style, not text), trailing spaces and the `\` of a hard line break. The
 * content model has no line breaks inside a paragraph, so hard breaks join like soft ones.
 */
function trimLine(line: string): string {
  let out = line.replace(/^[ \t\u3000]+/, '').replace(/[ \t\u3000]+$/, '');
  if (out.endsWith('\\') && !out.endsWith('\\\\')) out = out.slice(0, -1).trimEnd();
  return out;
}

export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = trimLine(raw);
    if (line === '') continue;
    if (out === '') out = line;
    else out += (isWideChar(lastVisible(out)) && isWideChar(firstVisible(line)) ? '' : ' ') + line;
  }
  return out;
}
