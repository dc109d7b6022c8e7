/**
 * Text columns as a monospace editor shows them: East Asian wide characters take two. Grid and
 * simple tables are laid out by these columns (Pandoc measures them the same way), so cutting
 * their cells by string index would split Chinese cells in the wrong place.
 */

/**
 * Characters two columns wide (Unicode East Asian Width W and F). Unlike line joining, ambiguous
 * ones such as “” — … stay one column, as Pandoc counts them when it draws a table.
 */
const DOUBLE_WIDTH = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F][\uDC00-\uDFFF]/u;

const widthOf = (char: string): number => (DOUBLE_WIDTH.test(char) ? 2 : 1);

/** The characters of `line` that start at display columns [from, to). */
export function sliceColumns(line: string, from: number, to: number = Infinity): string {
  let column = 0;
  let out = '';
  for (const char of line) {
    if (column >= from && column < to) out += char;
    column += widthOf(char);
    if (column >= to) break;
  }
  return out;
}

/** The character covering display column `column` (a wide one covers two), or undefined past the end. */
export function charAtColumn(line: string, column: number): string | undefined {
  let at = 0;
  for (const char of line) {
    at += widthOf(char);
    if (at > column) return char;
  }
  return undefined;
}
