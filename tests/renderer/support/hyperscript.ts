/**
 * Hyperscript for editor fixtures: `<p id="p1">text<cursor /></p>` builds Slate values in the
 * shape of our content model. Test files opt in with `/** @jsxRuntime classic *\/ /** @jsx jsx *\/`.
 */
import { createHyperscript } from 'slate-hyperscript';

const hyperscript = createHyperscript({
  elements: {
    p: { type: 'paragraph' },
    h: { type: 'heading' },
    ul: { type: 'bulleted-list' },
    ol: { type: 'numbered-list' },
    li: { type: 'list-item' },
    table: { type: 'table' },
    tr: { type: 'table-row' },
    td: { type: 'table-cell' },
    figure: { type: 'figure' },
    case: { type: 'case' },
    xref: { type: 'xref' },
  },
});

type Tag = Parameters<typeof hyperscript>[0];

/** The JSX factory; every JSX expression in a fixture is an untyped Slate value (see namespace). */
export function jsx(tag: string, attributes: Record<string, unknown> | null, ...children: unknown[]): unknown {
  return hyperscript(tag as Tag, attributes ?? {}, ...children);
}

// TypeScript looks up the JSX namespace on the factory first, so these tags stay local to fixtures
// and do not clash with React's JSX types.
export declare namespace jsx {
  namespace JSX {
    type Element = unknown;
    interface IntrinsicElements {
      [tag: string]: Record<string, unknown>;
    }
  }
}
