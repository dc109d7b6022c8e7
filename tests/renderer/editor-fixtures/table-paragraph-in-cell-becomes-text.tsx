/** @jsxRuntime classic */
/** @jsx jsx */
import { Transforms, type Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [{ id: 'k1', width: 1 }];

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">备注</td>
      </tr>
    </table>
  </editor>
);

/** Whatever lands in a cell (a paragraph, bold text) is flattened to the plain text cells hold. */
export const run = (editor: Editor): void => {
  Transforms.insertNodes(editor, { type: 'paragraph', id: 'x1', children: [{ text: '：见附件', bold: true }] }, { at: [0, 0, 0, 1] });
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">备注：见附件</td>
      </tr>
    </table>
  </editor>
);
