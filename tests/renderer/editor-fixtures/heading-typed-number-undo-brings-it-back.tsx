/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

// One undo brings the dropped number back, and typing on at the end keeps it.
export const input = (
  <editor>
    <h id="h1" level={2}>
      <cursor />
    </h>
  </editor>
);

export const run = (editor: Editor): void => {
  editor.insertText('（一）');
  editor.insertText('专业建设');
  editor.undo();
  editor.insertText('成效');
};

export const output = (
  <editor>
    <h id="h1" level={2}>
      （一）专业建设成效<cursor />
    </h>
  </editor>
);
