/** @jsxRuntime classic */
/** @jsx jsx */
import type { Descendant, Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1"><text /></xref>。
    </p>
    <p id="p2">
      另见
      <cursor />
    </p>
  </editor>
);

/** The same sentence copied from above: its reference keeps the target but not the id. */
const fragment = (
  <fragment>
    <p id="p1">
      见<xref id="x1" target="t1"><text /></xref>。
    </p>
  </fragment>
) as Descendant[];

export const run = (editor: Editor): void => editor.insertFragment(fragment);

export const output = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1"><text /></xref>。
    </p>
    <p id="p2">
      另见见<xref id="$copy" target="t1"><text /></xref>。
      <cursor />
    </p>
  </editor>
);
