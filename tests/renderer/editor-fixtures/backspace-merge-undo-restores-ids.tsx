/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">甲</p>
    <p id="p2">
      <cursor />乙
    </p>
  </editor>
);

export const run = (editor: Editor): void => {
  editor.deleteBackward('character');
  editor.undo();
};

export const output = (
  <editor>
    <p id="p1">甲</p>
    <p id="p2">
      <cursor />乙
    </p>
  </editor>
);
