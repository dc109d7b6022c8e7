/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        <cursor />
      </p>
      <p id="p2">案例正文</p>
    </case>
  </editor>
);

/** An empty paragraph that is not the last one is ordinary: Enter adds a paragraph inside. */
export const run = (editor: Editor): void => {
  editor.insertBreak();
  editor.insertText('新段');
};

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        <text />
      </p>
      <p id="$new">
        新段
        <cursor />
      </p>
      <p id="p2">案例正文</p>
    </case>
  </editor>
);
