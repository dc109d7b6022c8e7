/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p0">前文</p>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        <cursor />
        案例正文
      </p>
    </case>
  </editor>
);

/** The first paragraph of a case box is not pulled out of the box by Backspace. */
export const run = (editor: Editor): void => editor.deleteBackward('character');

export const output = (
  <editor>
    <p id="p0">前文</p>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        <cursor />
        案例正文
      </p>
    </case>
  </editor>
);
