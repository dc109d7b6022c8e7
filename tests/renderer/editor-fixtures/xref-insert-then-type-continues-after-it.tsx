/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { insertXref } from '../../../shared/editor/with-xrefs';

export const input = (
  <editor>
    <p id="p1">
      详见
      <cursor />
    </p>
    <p id="p2">
      参见<xref id="x1" target="t1"><text /></xref>。
    </p>
  </editor>
);

/**
 * A reference inserted at the end of a paragraph gets a fresh id (never one of the ids already
 * in the section), and what is typed next lands in the text after it, not inside the void.
 */
export const run = (editor: Editor): Record<string, string> => {
  const id = insertXref(editor, 't1');
  if (id === null) throw new Error('no reference inserted');
  editor.insertText('所示');
  return { ref: id };
};

export const output = (
  <editor>
    <p id="p1">
      详见<xref id="$ref" target="t1"><text /></xref>所示
      <cursor />
    </p>
    <p id="p2">
      参见<xref id="x1" target="t1"><text /></xref>。
    </p>
  </editor>
);
