/** @jsxRuntime classic */
/** @jsx jsx */
import type { Editor } from 'slate';
import { replaceAll } from '../../../shared/editor/find-replace';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the factory named by the @jsx pragma
import { jsx } from '../support/hyperscript';

export const input = (
  <editor>
    <p id="p1">
      <text>加强师资</text>
      <text bold>队伍</text>
      <text>建设，ＡＩ与ai</text>
    </p>
  </editor>
);

/**
 * A match across a change of formatting is one match; the replacement takes the format of the
 * text it starts in. Without 区分全/半角 and 区分大小写, “AI” finds “ＡＩ” and “ai”.
 */
export const run = (editor: Editor): void => {
  replaceAll(editor, '师资队伍', '教师团队');
  replaceAll(editor, 'AI', '人工智能');
};

export const output = (
  <editor>
    <p id="p1">
      <text>加强教师团队建设，人工智能与人工智能</text>
    </p>
  </editor>
);
