/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
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
        <td id="c1">
          院
          <anchor />系
        </td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="c4">
          9<focus />39
        </td>
      </tr>
    </table>
  </editor>
);

/** Delete with several cells selected clears them; the cells and rows stay. */
export const run = (editor: Editor): void => {
  editor.deleteFragment();
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          <cursor />
        </td>
        <td id="c2">
          <text />
        </td>
      </tr>
      <tr id="r2">
        <td id="c3">
          <text />
        </td>
        <td id="c4">
          <text />
        </td>
      </tr>
    </table>
  </editor>
);
