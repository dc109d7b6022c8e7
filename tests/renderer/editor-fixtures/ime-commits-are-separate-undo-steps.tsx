/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      <cursor />
    </p>
  </editor>
);

/** Two IME commits, then one key: Ctrl+Z takes back the key, then only the last phrase. */
export const run = (editor: Editor): void => {
  editor.insertText('高职');
  editor.insertText('教育');
  editor.insertText('，');
  editor.undo();
  editor.undo();
};

export const output = (
  <editor>
    <p id="p1">
      高职
      <cursor />
    </p>
  </editor>
);
