/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { isMarkActive, toggleMark } from '../../../shared/editor/block-format';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      就业率<anchor />98.5%<focus />
    </p>
  </editor>
);

export const run = (editor: Editor): void => {
  toggleMark(editor, 'bold');
  if (!isMarkActive(editor, 'bold')) throw new Error('bold should be active on the selection');
};

export const output = (
  <editor>
    <p id="p1">
      <text>就业率</text>
      <text bold>
        <anchor />
        98.5%
        <focus />
      </text>
    </p>
  </editor>
);
