/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <h id="h1" level={1} numbered={false}>
        背景<cursor />
      </h>
    </case>
  </editor>
);

export const run = (editor: Editor): void => {
  editor.insertBreak();
  editor.insertText('正文');
};

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <h id="h1" level={1} numbered={false}>
        背景
      </h>
      <p id="$new">
        正文
        <cursor />
      </p>
    </case>
  </editor>
);
