/**
 * Pandoc attribute blocks: `{#id .class key=value}` after headings, fenced-div fences, images and
 * spans. We need only the classes (`.case`, `.unnumbered`, `.underline`); ids and key-values are
 * recognised so they do not leak into text.
 */

export interface Attributes {
  readonly id: string | null;
  readonly classes: readonly string[];
}

const ATTRIBUTE_BLOCK = /^\{([^{}]*)\}$/;

/** Parses `{…}` (braces included); null when the text is not an attribute block. */
export function parseAttributes(block: string): Attributes | null {
  const match = ATTRIBUTE_BLOCK.exec(block.trim());
  if (!match) return null;
  let id: string | null = null;
  const classes: string[] = [];
  // Quoted values may contain spaces: key="a b".
  const parts = (match[1] as string).match(/[^\s"]+(?:"[^"]*")?|"[^"]*"/g) ?? [];
  for (const part of parts) {
    if (part.startsWith('#')) id = part.slice(1);
    else if (part.startsWith('.')) classes.push(part.slice(1));
    // `{-}` is Pandoc's short form of `{.unnumbered}`.
    else if (part === '-') classes.push('unnumbered');
  }
  return { id, classes };
}

/** Splits a trailing `{…}` off a heading text: `前言 {.unnumbered}` → text `前言` + attributes. */
export function splitTrailingAttributes(text: string): { text: string; attributes: Attributes | null } {
  const match = /\s*(\{[^{}]*\})\s*$/.exec(text);
  if (!match) return { text, attributes: null };
  const attributes = parseAttributes(match[1] as string);
  if (!attributes) return { text, attributes: null };
  return { text: text.slice(0, match.index), attributes };
}
