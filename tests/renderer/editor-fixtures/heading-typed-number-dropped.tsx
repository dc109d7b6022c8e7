/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

// “1.” typed at the start of a heading, then its title (an IME commit): the number is computed, so
// the typed one goes.
export const input = (
  <editor>
    <h id="h1" level={1}>
      <cursor />
    </h>
  </editor>
);

export const run = (editor: Editor): void => {
  editor.insertText('1');
  editor.insertText('.');
  editor.insertText('师资队伍建设');
};

export const output = (
  <editor>
    <h id="h1" level={1}>
      师资队伍建设<cursor />
    </h>
  </editor>
);
