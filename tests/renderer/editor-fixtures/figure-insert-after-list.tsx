/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';
import { insertFigure } from '../../../shared/editor/with-figures';

export const input = (
  <editor>
    <ul id="l1">
      <li id="i1">
        要点
        <cursor />
      </li>
    </ul>
    <p id="p2">后文</p>
  </editor>
);

/** The caret in a list item: the figure goes after the whole list, the caret to the next block. */
export const run = (editor: Editor): Record<string, string> => {
  const id = insertFigure(editor, { asset: null, caption: '学生风采', width: 300 });
  if (id === null) throw new Error('no figure inserted');
  return { fig: id };
};

export const output = (
  <editor>
    <ul id="l1">
      <li id="i1">要点</li>
    </ul>
    <figure id="$fig" asset={null} caption="学生风采" source="" width={100}>
      <text />
    </figure>
    <p id="p2">
      <cursor />
      后文
    </p>
  </editor>
);
