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
      见<xref id="x1" target="t1"><text /></xref>。
    </p>
    <p id="p2">
      <anchor />
    </p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <p id="p3">
      <focus />
    </p>
    <p id="p4">后文</p>
    <p id="p5"><text /></p>
  </editor>
);

/**
 * A table cut and pasted further down is the same table: its ids (rows and cells too) are kept,
 * so the reference above still resolves. The empty paragraphs around it travel with it; the one
 * the cut left behind (p3) keeps its id, so the pasted copy of p3 gets a fresh one.
 */
export const run = (editor: Editor): void => {
  const fragment = cutFragment(editor);
  caretAtEnd(editor, [editor.children.length - 1]);
  editor.insertFragment(fragment);
};

export const output = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1"><text /></xref>。
    </p>
    <p id="p3">
      <text />
    </p>
    <p id="p4">后文</p>
    <p id="p2">
      <text />
    </p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <p id="$after">
      <cursor />
    </p>
  </editor>
);
