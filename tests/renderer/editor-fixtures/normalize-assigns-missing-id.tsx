/** @jsxRuntime classic */
/** @jsx jsx */
import { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

/** Content from an old file or a hand-made value: elements without ids, a stray list item. */
export const input = (
  <editor>
    <p>无 id 的段落</p>
    <li id="i1">游离的列表项</li>
    <ul>
      <li>无 id 的列表项</li>
    </ul>
  </editor>
);

export const run = (editor: Editor): void => Editor.normalize(editor, { force: true });

export const output = (
  <editor>
    <p id="$a">无 id 的段落</p>
    <p id="i1">游离的列表项</p>
    <ul id="$b">
      <li id="$c">无 id 的列表项</li>
    </ul>
  </editor>
);
