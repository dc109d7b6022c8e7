/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <table id="t1" caption="毕业生分布" source="" headerRows={1} columns={[{ id: 'k1', width: 1 }]}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <p id="p1">
      <cursor />
      数据显示
    </p>
  </editor>
);

/** Backspace right after a table must not try to merge the paragraph into a table cell. */
export const run = (editor: Editor): void => editor.deleteBackward('character');

export const output = (
  <editor>
    <table id="t1" caption="毕业生分布" source="" headerRows={1} columns={[{ id: 'k1', width: 1 }]}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <p id="p1">
      <cursor />
      数据显示
    </p>
  </editor>
);
