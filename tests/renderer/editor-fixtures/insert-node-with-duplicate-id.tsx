/** @jsxRuntime classic */
/** @jsx jsx */
import { Transforms, type Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">甲</p>
    <p id="p2">乙</p>
  </editor>
);

/** Any code path that inserts a block carrying an id already in the document gets a fresh one. */
export const run = (editor: Editor): void =>
  Transforms.insertNodes(
    editor,
    {
      type: 'bulleted-list',
      id: 'p1',
      children: [
        { type: 'list-item', id: 'p2', children: [{ text: '一' }] },
        { type: 'list-item', id: 'x1', children: [{ text: '二' }] },
        { type: 'list-item', id: 'x1', children: [{ text: '三' }] },
      ],
    },
    { at: [2] },
  );

export const output = (
  <editor>
    <p id="p1">甲</p>
    <p id="p2">乙</p>
    <ul id="$a">
      <li id="$b">一</li>
      <li id="x1">二</li>
      <li id="$c">三</li>
    </ul>
  </editor>
);
