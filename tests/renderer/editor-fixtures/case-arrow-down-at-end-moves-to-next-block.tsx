/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { moveOutOfCase } from '../../../shared/editor/with-cases';

export const input = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <ul id="l1">
        <li id="i1">
          第一条
          <cursor />
        </li>
      </ul>
    </case>
    <p id="p2">后文</p>
  </editor>
);

/** The box ends with a list: ArrowDown at the end of its last item goes to the block after. */
export const run = (editor: Editor): void => {
  if (!moveOutOfCase(editor, 'down')) throw new Error('expected to leave the box');
};

export const output = (
  <editor>
    <case id="k1" title="追寻红足迹">
      <ul id="l1">
        <li id="i1">第一条</li>
      </ul>
    </case>
    <p id="p2">
      <cursor />
      后文
    </p>
  </editor>
);
