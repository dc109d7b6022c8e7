/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <ul id="l1">
      <li id="i1">
        一<cursor />
      </li>
    </ul>
  </editor>
);

/** Enter, Enter: the second Enter on the new empty item ends the list, as in Word. */
export const run = (editor: Editor): void => {
  editor.insertBreak();
  editor.insertBreak();
};

export const output = (
  <editor>
    <ul id="l1">
      <li id="i1">一</li>
    </ul>
    <p id="$new">
      <cursor />
    </p>
  </editor>
);
