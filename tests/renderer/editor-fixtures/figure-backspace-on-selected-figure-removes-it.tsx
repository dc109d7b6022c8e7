/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">如图所示</p>
    <figure id="f1" asset={null} caption="实训基地" source="" width={80}>
      <cursor />
    </figure>
    <p id="p2">后文</p>
  </editor>
);

/** Backspace with the figure selected removes the figure whole; the text around it stays apart. */
export const run = (editor: Editor): void => editor.deleteBackward('character');

export const output = (
  <editor>
    <p id="p1">
      如图所示
      <cursor />
    </p>
    <p id="p2">后文</p>
  </editor>
);
