/** @jsxRuntime classic */
/** @jsx jsx */
import type { Descendant, Editor } from 'slate';
import { setIdsElsewhere } from '../../../shared/editor/with-block-ids';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      前文
      <cursor />
    </p>
  </editor>
);

const columns = [{ id: 'k1', width: 1 }];

/** Copied from section A, which still holds t1 and h1: here the copies need fresh ids; f1 is free. */
const fragment = (
  <fragment>
    <p id="q1">
      <text />
    </p>
    <h id="h1" level={1}>
      专业建设
    </h>
    <table id="t1" caption="院系分布" source="" headerRows={0} columns={columns}>
      <tr id="r1">
        <td id="c1">院系</td>
      </tr>
    </table>
    <figure id="f1" asset={null} caption="图" source="" width={100}>
      <text />
    </figure>
  </fragment>
) as Descendant[];

export const run = (editor: Editor): void => {
  setIdsElsewhere(editor, () => new Set(['t1', 'h1']));
  editor.insertFragment(fragment);
};

export const output = (
  <editor>
    <p id="p1">前文</p>
    <h id="$h" level={1}>
      专业建设
    </h>
    <table id="$t" caption="院系分布" source="" headerRows={0} columns={[{ id: '$k', width: 1 }]}>
      <tr id="$r">
        <td id="$c">院系</td>
      </tr>
    </table>
    <figure id="f1" asset={null} caption="图" source="" width={100}>
      <cursor />
    </figure>
  </editor>
);
