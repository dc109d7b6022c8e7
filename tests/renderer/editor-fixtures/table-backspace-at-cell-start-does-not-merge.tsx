/** @jsxRuntime classic */
/** @jsx jsx */
import { Transforms, type Editor } from 'slate';
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
        <td id="c2">
          <cursor />
          人数
        </td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="c4">939</td>
      </tr>
    </table>
  </editor>
);

/** Backspace at a cell's start and Delete at a cell's end leave cells and rows alone. */
export const run = (editor: Editor): void => {
  editor.deleteBackward('character');
  editor.deleteBackward('word');
  Transforms.select(editor, { path: [0, 0, 1, 0], offset: 2 });
  editor.deleteForward('character');
  editor.deleteForward('character');
  Transforms.select(editor, { path: [0, 1, 0, 0], offset: 0 });
  editor.deleteBackward('character');
};

export const output = (
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
