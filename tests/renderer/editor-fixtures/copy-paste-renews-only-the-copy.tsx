/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { caretAtEnd, copyFragment } from '../support/clipboard';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [{ id: 'k1', width: 1 }];

export const input = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1"><text /></xref>。
      <anchor />
    </p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <figure id="f1" asset={null} caption="学生风采" source="" width={100}>
      <text />
    </figure>
    <p id="p3">
      <focus />
      后文
    </p>
  </editor>
);

/**
 * Copy and paste leaves the originals in place with their ids (the reference keeps pointing at
 * the original table); the pasted table (rows, cells, columns) and figure get fresh ids.
 */
export const run = (editor: Editor): void => {
  const fragment = copyFragment(editor);
  caretAtEnd(editor, [3]);
  editor.insertFragment(fragment);
};

export const output = (
  <editor>
    <p id="p1">
      见<xref id="x1" target="t1"><text /></xref>。
    </p>
    <table id="t1" caption="院系分布" source="教务系统" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <figure id="f1" asset={null} caption="学生风采" source="" width={100}>
      <text />
    </figure>
    <p id="p3">后文</p>
    <table id="$t" caption="院系分布" source="教务系统" headerRows={0} columns={[{ id: '$k', width: 1 }]}>
      <tr id="$r">
        <td id="$c">院系</td>
      </tr>
    </table>
    <figure id="$f" asset={null} caption="学生风采" source="" width={100}>
      <text />
    </figure>
    <p id="$p">
      <cursor />
    </p>
  </editor>
);
