/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { caretAtEnd, cutFragment } from '../support/clipboard';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [{ id: 'k1', width: 1 }];

export const input = (
  <editor>
    <p id="p1">
      前文
      <anchor />
    </p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <p id="p3">
      <focus />
      后文
    </p>
    <p id="p4">末段</p>
  </editor>
);

/** Undoing the paste, then the cut, gives back the document exactly, ids included. */
export const run = (editor: Editor): void => {
  const fragment = cutFragment(editor);
  caretAtEnd(editor, [1]);
  editor.insertFragment(fragment);
  editor.undo();
  editor.undo();
};

export const output = (
  <editor>
    <p id="p1">
      前文
      <anchor />
    </p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <p id="p3">
      <focus />
      后文
    </p>
    <p id="p4">末段</p>
  </editor>
);
