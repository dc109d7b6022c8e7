/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { moveOutOfCase } from '../../../shared/editor/with-cases';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        <cursor />
        案例正文
      </p>
    </case>
  </editor>
);

/** The box opens the section: ArrowUp at its start creates a paragraph before it. */
export const run = (editor: Editor): void => {
  if (!moveOutOfCase(editor, 'up')) throw new Error('expected to leave the box');
  editor.insertText('导语');
};

export const output = (
  <editor>
    <p id="$new">
      导语
      <cursor />
    </p>
    <case id="k1" title="追寻红足迹">
      <p id="p1">案例正文</p>
    </case>
  </editor>
);
