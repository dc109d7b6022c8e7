/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { moveToCellVertically } from '../../../shared/editor/table-navigation';
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
        <td id="c1" rowSpan={2}>
          机械工程系
        </td>
        <td id="c2">数控技术</td>
      </tr>
      <tr id="r2">
        <td id="c4">
          机电
          <cursor />
          一体化技术
        </td>
      </tr>
    </table>
  </editor>
);

/** ↑ goes to the end of the cell above in the same column (not into the merged cell beside it). */
export const run = (editor: Editor): void => {
  moveToCellVertically(editor, 'up');
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1" rowSpan={2}>
          机械工程系
        </td>
        <td id="c2">
          数控技术
          <cursor />
        </td>
      </tr>
      <tr id="r2">
        <td id="c4">机电一体化技术</td>
      </tr>
    </table>
  </editor>
);
