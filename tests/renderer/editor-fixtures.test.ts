/**
 * Editor behaviour as data: every file in editor-fixtures/ exports `input` (a hyperscript
 * editor), `run` (what the user does) and `output` (the expected editor). This one runner applies
 * the real plugin stack to each and checks the result, including ids (see support/match-ids.ts),
 * the selection, and that main's validator would accept the value.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Editor } from 'slate';
import { withHistory } from 'slate-history';
import { collectIds } from '../../shared/ids/block-id';
import { validateSectionContent } from '../../shared/model/content-validation';
import { withReportEditing } from '../../shared/editor/with-report-editing';
import { duplicateIds, resolvePlaceholderIds } from './support/match-ids';

interface EditorFixture {
  readonly input: unknown;
  /** May return ids captured along the way, bound to `$name` placeholders of the output. */
  readonly run: (editor: Editor) => void | Record<string, string>;
  readonly output: unknown;
}

const dir = path.join(__dirname, 'editor-fixtures');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.tsx')).sort();

test('the fixture folder is not empty', () => {
  expect(files.length).toBeGreaterThanOrEqual(10);
});

describe.each(files)('%s', (file) => {
  test('produces the expected document', () => {
    const fixture = require(path.join(dir, file)) as EditorFixture;
    const input = fixture.input as Editor;
    const expected = fixture.output as Editor;
    const inputIds = new Set(collectIds(input.children));
    const editor = withReportEditing(withHistory(input));

    const bound = fixture.run(editor) ?? {};

    const actual = editor.children;
    const { resolved, problems } = resolvePlaceholderIds(expected.children, actual, inputIds, bound);
    expect(problems).toEqual([]);
    expect(actual).toEqual(resolved);
    if (expected.selection) expect(editor.selection).toEqual(expected.selection);
    expect(duplicateIds(actual)).toEqual([]);
    const validation = validateSectionContent(actual);
    expect(validation.ok ? 'valid' : validation.problem).toBe('valid');
  });
});
