/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <ul id="l1">
      <li id="i1">第一项</li>
      <li id="i2">
        <cursor />
      </li>
    </ul>
  </editor>
);

export const run = (editor: Editor): void => editor.deleteBackward('character');

export const output = (
  <editor>
    <ul id="l1">
      <li id="i1">第一项</li>
    </ul>
    <p id="i2">
      <cursor />
    </p>
  </editor>
);
