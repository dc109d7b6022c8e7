/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

// “1.5 万人” is a figure, not a number; and in a paragraph “1.” is text.
export const input = (
  <editor>
    <h id="h1" level={1}>
      <cursor />
    </h>
    <p id="p1">正文</p>
  </editor>
);

export const run = (editor: Editor): void => {
  editor.insertText('1.');
  editor.insertText('5 万人');
  editor.select({ path: [1, 0], offset: 0 });
  editor.insertText('1.');
  editor.insertText('在');
};

export const output = (
  <editor>
    <h id="h1" level={1}>
      1.5 万人
    </h>
    <p id="p1">
      1.在<cursor />正文
    </p>
  </editor>
);
