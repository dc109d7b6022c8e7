/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <ol id="l1">
      <li id="i1">一</li>
      <li id="i2">
        <cursor />二
      </li>
      <li id="i3">三</li>
    </ol>
  </editor>
);

export const run = (editor: Editor): void => editor.deleteBackward('character');

export const output = (
  <editor>
    <ol id="l1">
      <li id="i1">一</li>
    </ol>
    <p id="i2">
      <cursor />二
    </p>
    <ol id="$rest">
      <li id="i3">三</li>
    </ol>
  </editor>
);
