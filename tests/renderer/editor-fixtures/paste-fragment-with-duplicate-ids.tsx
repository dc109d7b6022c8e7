/** @jsxRuntime classic */
/** @jsx jsx */
import type { Descendant, Editor } from 'slate';
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

/**
 * A fragment that holds the same id twice (here a figure and a case paragraph sharing f1): the
 * first keeps it, later ones get fresh ids, so the pasted blocks never share an id.
 */
const fragment = (
  <fragment>
    <p id="q1">
      <text />
    </p>
    <figure id="f1" asset={null} caption="图" source="" width={100}>
      <text />
    </figure>
    <case id="k1" title="案例">
      <p id="f1">甲</p>
      <p id="q2">乙</p>
    </case>
    <figure id="f1" asset={null} caption="图" source="" width={100}>
      <text />
    </figure>
    <p id="q2">
      <text />
    </p>
  </fragment>
) as Descendant[];

export const run = (editor: Editor): void => editor.insertFragment(fragment);

export const output = (
  <editor>
    <p id="p1">前文</p>
    <figure id="f1" asset={null} caption="图" source="" width={100}>
      <text />
    </figure>
    <case id="k1" title="案例">
      <p id="$a">甲</p>
      <p id="q2">乙</p>
    </case>
    <figure id="$b" asset={null} caption="图" source="" width={100}>
      <text />
    </figure>
    <p id="$c">
      <cursor />
    </p>
  </editor>
);
