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
    <case id="k1" title="追寻红足迹">
      <p id="kp1">第一段</p>
      <p id="kp2">第二段</p>
    </case>
    <p id="p3">
      <focus />
      后文
    </p>
    <p id="p4">
      见<xref id="x1" target="k1"><text /></xref>。
    </p>
  </editor>
);

/** A case box moved by cut and paste keeps its id and the ids of the paragraphs inside it. */
export const run = (editor: Editor): void => {
  const fragment = cutFragment(editor);
  caretAtEnd(editor, [editor.children.length - 1]);
  editor.insertFragment(fragment);
};

export const output = (
  <editor>
    <p id="p1">前文后文</p>
    <p id="p4">
      见<xref id="x1" target="k1"><text /></xref>。
    </p>
    <case id="k1" title="追寻红足迹">
      <p id="kp1">第一段</p>
      <p id="kp2">第二段</p>
    </case>
    <p id="p3">
      <cursor />
    </p>
  </editor>
);
