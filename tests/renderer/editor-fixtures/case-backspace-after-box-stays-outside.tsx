/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">案例正文</p>
    </case>
    <p id="p2">
      <cursor />
      后文
    </p>
  </editor>
);

/** Backspace right after a box does not pull the paragraph into the box. */
export const run = (editor: Editor): void => editor.deleteBackward('character');

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">案例正文</p>
    </case>
    <p id="p2">
      <cursor />
      后文
    </p>
  </editor>
);
