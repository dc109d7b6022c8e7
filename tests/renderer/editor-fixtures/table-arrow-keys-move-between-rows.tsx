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
    <p id="p1">前文</p>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1" rowSpan={2}>
          机械
          <cursor />
          工程系
        </td>
        <td id="c2">数控技术</td>
      </tr>
      <tr id="r2">
        <td id="c4">机电一体化技术</td>
      </tr>
      <tr id="r3">
        <td id="c5">智能技术系</td>
        <td id="c6">大数据技术</td>
      </tr>
    </table>
    <p id="p2">后文</p>
  </editor>
);

/** ↓ from a merged cell goes below its span, in the same column; ↓ in the last row leaves the table. */
export const run = (editor: Editor): void => {
  moveToCellVertically(editor, 'down');
  moveToCellVertically(editor, 'down');
};

export const output = (
  <editor>
    <p id="p1">前文</p>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1" rowSpan={2}>
          机械工程系
        </td>
        <td id="c2">数控技术</td>
      </tr>
      <tr id="r2">
        <td id="c4">机电一体化技术</td>
      </tr>
      <tr id="r3">
        <td id="c5">智能技术系</td>
        <td id="c6">大数据技术</td>
      </tr>
    </table>
    <p id="p2">
      <cursor />
      后文
    </p>
  </editor>
);
