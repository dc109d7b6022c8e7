/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        案例正文
        <cursor />
      </p>
    </case>
  </editor>
);

/** Enter at the end of the last paragraph (not empty) continues inside the box. */
export const run = (editor: Editor): void => {
  editor.insertBreak();
  editor.insertText('第二段');
};

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">案例正文</p>
      <p id="$new">
        第二段
        <cursor />
      </p>
    </case>
  </editor>
);
