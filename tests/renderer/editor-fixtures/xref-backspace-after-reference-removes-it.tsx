/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1"><text /></xref>
      <cursor />
      。
    </p>
  </editor>
);

/** Backspace right after a reference removes the whole reference, never half a label. */
export const run = (editor: Editor): void => editor.deleteBackward('character');

export const output = (
  <editor>
    <p id="p1">
      见<cursor />。
    </p>
  </editor>
);
