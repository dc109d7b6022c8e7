/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { caretAtEnd, cutFragment } from '../support/clipboard';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      前文
      <anchor />
    </p>
    <figure id="f1" asset={null} caption="学生风采" source="" width={100}>
      <text />
    </figure>
    <p id="p3">
      <focus />
      后文
    </p>
    <p id="p4">
      见<xref id="x1" target="f1"><text /></xref>。
    </p>
  </editor>
);

/**
 * A figure cut together with the paragraph breaks around it and pasted at the end of another
 * paragraph keeps its id; so does the paragraph break that the cut had merged away (p3).
 */
export const run = (editor: Editor): void => {
  const fragment = cutFragment(editor);
  caretAtEnd(editor, [editor.children.length - 1]);
  editor.insertFragment(fragment);
};

export const output = (
  <editor>
    <p id="p1">前文后文</p>
    <p id="p4">
      见<xref id="x1" target="f1"><text /></xref>。
    </p>
    <figure id="f1" asset={null} caption="学生风采" source="" width={100}>
      <text />
    </figure>
    <p id="p3">
      <cursor />
    </p>
  </editor>
);
