/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { moveToAdjacentCell } from '../../../shared/editor/table-navigation';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [
  { id: 'k1', width: 1 },
  { id: 'k2', width: 1 },
];

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">
          <cursor />
          机械工程系
        </td>
        <td id="c4">939</td>
      </tr>
    </table>
  </editor>
);

/** Shift+Tab from the first cell of a row goes to the last cell of the row above. */
export const run = (editor: Editor): void => {
  moveToAdjacentCell(editor, 'previous');
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">
          <anchor />
          人数
          <focus />
        </td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="c4">939</td>
      </tr>
    </table>
  </editor>
);
