/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      如<anchor />图所示<xref id="x1" target="f1"><text /></xref>，学生<focus />积极参与。
    </p>
  </editor>
);

/** Deleting a selection that spans a reference removes it whole and joins the text around it. */
export const run = (editor: Editor): void => editor.deleteFragment();

export const output = (
  <editor>
    <p id="p1">
      如<cursor />积极参与。
    </p>
  </editor>
);
