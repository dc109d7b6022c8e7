/** @jsxRuntime classic */
/** @jsx jsx */
import type { Descendant, Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

const columns = [{ id: 'k1', width: 1 }];

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          备注：
          <cursor />
        </td>
      </tr>
    </table>
  </editor>
);

/** Paragraphs pasted into a cell arrive as its text, one line each, without marks. */
export const run = (editor: Editor): void => {
  const fragment = [
    { type: 'paragraph', id: 'x1', children: [{ text: '第一段', bold: true }] },
    { type: 'paragraph', id: 'x2', children: [{ text: '第二段' }] },
  ] as Descendant[];
  editor.insertFragment(fragment);
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">
          {'备注：第一段\n第二段'}
          <cursor />
        </td>
      </tr>
    </table>
  </editor>
);
