/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <h id="h1" level={2}>
      立德树人<cursor />
    </h>
  </editor>
);

export const run = (editor: Editor): void => editor.insertBreak();

export const output = (
  <editor>
    <h id="h1" level={2}>
      立德树人
    </h>
    <p id="$new">
      <cursor />
    </p>
  </editor>
);
