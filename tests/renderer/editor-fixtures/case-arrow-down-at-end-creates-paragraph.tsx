/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { moveOutOfCase } from '../../../shared/editor/with-cases';

export const input = (
  <editor>
    <p id="p0">前文</p>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        案例正文
        <cursor />
      </p>
    </case>
  </editor>
);

/** The box is the last block: ArrowDown at its end creates a paragraph after it to type in. */
export const run = (editor: Editor): void => {
  if (!moveOutOfCase(editor, 'down')) throw new Error('expected to leave the box');
  editor.insertText('后文');
};

export const output = (
  <editor>
    <p id="p0">前文</p>
    <case id="k1" title="追寻红足迹">
      <p id="p1">案例正文</p>
    </case>
    <p id="$new">
      后文
      <cursor />
    </p>
  </editor>
);
