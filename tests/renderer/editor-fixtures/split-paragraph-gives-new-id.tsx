/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      年度<cursor />报告
    </p>
  </editor>
);

export const run = (editor: Editor): void => editor.insertBreak();

export const output = (
  <editor>
    <p id="p1">年度</p>
    <p id="$new">
      <cursor />
      报告
    </p>
  </editor>
);
