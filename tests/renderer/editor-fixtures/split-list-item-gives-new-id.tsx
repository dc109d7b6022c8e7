/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <ol id="l1">
      <li id="i1">
        校企<cursor />合作
      </li>
    </ol>
  </editor>
);

export const run = (editor: Editor): void => editor.insertBreak();

export const output = (
  <editor>
    <ol id="l1">
      <li id="i1">校企</li>
      <li id="$new">
        <cursor />
        合作
      </li>
    </ol>
  </editor>
);
