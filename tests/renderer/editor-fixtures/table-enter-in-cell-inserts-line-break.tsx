/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [{ id: 'k1', width: 1 }];

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          机械
          <cursor />
          工程系
        </td>
      </tr>
    </table>
  </editor>
);

/** Enter (and Shift+Enter) in a cell is a line break inside the cell, never a new cell or row. */
export const run = (editor: Editor): void => {
  editor.insertBreak();
  editor.insertSoftBreak();
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          {'机械\n\n'}
          <cursor />
          工程系
        </td>
      </tr>
    </table>
  </editor>
);
