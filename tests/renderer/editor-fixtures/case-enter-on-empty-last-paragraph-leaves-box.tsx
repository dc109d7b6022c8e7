/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">案例正文</p>
      <p id="p2">
        <cursor />
      </p>
    </case>
    <p id="p3">后文</p>
  </editor>
);

/** Enter on an empty last paragraph ends the box: the paragraph moves out, keeping its id. */
export const run = (editor: Editor): void => editor.insertBreak();

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">案例正文</p>
    </case>
    <p id="p2">
      <cursor />
    </p>
    <p id="p3">后文</p>
  </editor>
);
