/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      就业率<cursor />
    </p>
  </editor>
);

export const run = (editor: Editor): void => {
  for (const key of ' up 98.5%') editor.insertText(key);
  editor.undo();
};

export const output = (
  <editor>
    <p id="p1">
      就业率 up <cursor />
    </p>
  </editor>
);
