/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { toggleList } from '../../../shared/editor/block-format';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <ul id="l1">
      <li id="i1">
        一<cursor />
      </li>
      <li id="i2">二</li>
    </ul>
  </editor>
);

/** Bullets → numbers keeps the list; numbers again → off turns the item back into a paragraph. */
export const run = (editor: Editor): void => {
  toggleList(editor, 'numbered-list');
  toggleList(editor, 'numbered-list');
};

export const output = (
  <editor>
    <p id="i1">
      一<cursor />
    </p>
    <ol id="l1">
      <li id="i2">二</li>
    </ol>
  </editor>
);
