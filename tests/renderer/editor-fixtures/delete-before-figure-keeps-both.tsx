/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      如图所示
      <cursor />
    </p>
    <figure id="f1" asset={null} caption="实训基地" source="" width={80}>
      <text />
    </figure>
  </editor>
);

export const run = (editor: Editor): void => editor.deleteForward('character');

export const output = (
  <editor>
    <p id="p1">
      如图所示
      <cursor />
    </p>
    <figure id="f1" asset={null} caption="实训基地" source="" width={80}>
      <text />
    </figure>
  </editor>
);
