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
          <cursor />
          院系
        </td>
      </tr>
    </table>
  </editor>
);

/** A table that opens the section gets a paragraph above it on Enter in its first cell's start. */
export const run = (editor: Editor): void => {
  editor.insertBreak();
};

export const output = (
  <editor>
    <p id="$new">
      <cursor />
    </p>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
  </editor>
);
