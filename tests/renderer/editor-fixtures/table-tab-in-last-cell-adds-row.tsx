/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { moveToAdjacentCell } from '../../../shared/editor/table-navigation';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [
  { id: 'k1', width: 2 },
  { id: 'k2', width: 1, align: 'right' },
];

export const input = (
  <editor>
    <table id="t1" caption="院系分布" source="" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="c4" align="right">
          939
          <cursor />
        </td>
      </tr>
    </table>
    <p id="p1">正文</p>
  </editor>
);

/** Tab in the last cell adds a row (cells like the row above) and goes to its first cell. */
export const run = (editor: Editor): void => {
  moveToAdjacentCell(editor, 'next');
};

export const output = (
  <editor>
    <table id="t1" caption="院系分布" source="" headerRows={1} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="c4" align="right">
          939
        </td>
      </tr>
      <tr id="$row">
        <td id="$first">
          <cursor />
        </td>
        <td id="$second" align="right">
          <text />
        </td>
      </tr>
    </table>
    <p id="p1">正文</p>
  </editor>
);
