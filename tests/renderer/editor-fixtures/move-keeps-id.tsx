/** @jsxRuntime classic */
/** @jsx jsx */
import { Transforms, type Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <h id="h1" level={1}>
      标题
    </h>
    <p id="p1">一</p>
    <p id="p2">二</p>
  </editor>
);

export const run = (editor: Editor): void => Transforms.moveNodes(editor, { at: [0], to: [2] });

export const output = (
  <editor>
    <p id="p1">一</p>
    <p id="p2">二</p>
    <h id="h1" level={1}>
      标题
    </h>
  </editor>
);
