/**
 * All editing plugins of a section editor, in the order they must wrap. Apply on top of
 * `withHistory` (the id plugin must see whether history is replaying), e.g.
 * `withReportEditing(withHistory(withReact(createEditor())))`.
 */
import type { Editor } from 'slate';
import { withBlockIds } from './with-block-ids';
import { withCases } from './with-cases';
import { withFigures } from './with-figures';
import { withReportBehaviors } from './with-report-behaviors';
import { withReportSchema } from './with-report-schema';
import { withStructureBlocks } from './with-structure-blocks';
import { withTables } from './with-tables';
import { withTypedHeadingNumbers } from './with-typed-heading-numbers';
import { withUndoSteps } from './with-undo-steps';
import { withXrefs } from './with-xrefs';

export function withReportEditing<E extends Editor>(editor: E): E {
  return withUndoSteps(withTypedHeadingNumbers(withReportBehaviors(withCases(withXrefs(withFigures(withTables(withStructureBlocks(withReportSchema(withBlockIds(editor))))))))));
}
