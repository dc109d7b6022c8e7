/** @jsxRuntime classic */
/** @jsx jsx */
import { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <table id="t1" caption="" source="" headerRows={1} columns={[{ id: 'k1', width: 2 }]}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
      </tr>
    </table>
  </editor>
);

/** A ragged table (an old file, a hand edit) gets the missing cell and column definition. */
export const run = (editor: Editor): void => {
  Editor.normalize(editor, { force: true });
};

export const output = (
  <editor>
    <table id="t1" caption="" source="" headerRows={1} columns={[{ id: 'k1', width: 2 }, { id: '$col', width: 2 }]}>
      <tr id="r1">
        <td id="c1">院系</td>
        <td id="c2">人数</td>
      </tr>
      <tr id="r2">
        <td id="c3">机械工程系</td>
        <td id="$hole">
          <text />
        </td>
      </tr>
    </table>
  </editor>
);
