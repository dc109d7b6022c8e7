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
        案例
        <cursor />
        正文
      </p>
      <p id="p2">第二段</p>
    </case>
  </editor>
);

/** Away from the box's very start and end the arrows keep their ordinary meaning. */
export const run = (editor: Editor): void => {
  if (moveOutOfCase(editor, 'down') || moveOutOfCase(editor, 'up')) throw new Error('should not leave the box');
};

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <p id="p1">
        案例
        <cursor />
        正文
      </p>
      <p id="p2">第二段</p>
    </case>
  </editor>
);
