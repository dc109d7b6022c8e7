/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <h id="h1" level={1}>
      标题<cursor />
    </h>
  </editor>
);

export const run = (editor: Editor): void => {
  editor.insertBreak();
  editor.insertText('正文');
  editor.undo();
  editor.undo();
};

export const output = (
  <editor>
    <h id="h1" level={1}>
      标题<cursor />
    </h>
  </editor>
);
