/** @jsxRuntime classic */
/** @jsx jsx */
import type { Descendant, Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">甲</p>
    <p id="p2">
      乙<cursor />
    </p>
  </editor>
);

/**
 * A fragment copied from this very section: blocks whose ids are already there get fresh ones,
 * the list (l1, not in the document) keeps its id.
 */
const fragment = (
  <fragment>
    <p id="p1">一</p>
    <p id="p2">二</p>
    <ul id="l1">
      <li id="p1">三</li>
    </ul>
  </fragment>
) as Descendant[];

export const run = (editor: Editor): void => editor.insertFragment(fragment);

export const output = (
  <editor>
    <p id="p1">甲</p>
    <p id="p2">乙一</p>
    <p id="$a">二</p>
    <ul id="l1">
      <li id="$c">
        三<cursor />
      </li>
    </ul>
  </editor>
);
