/**
 * Properties typed into a block's own fields (a case title, a figure caption) become part of the
 * undo history the way typed text does: letter after letter of the same field is one undo step,
 * not one step per keystroke.
 */
import { Node, Path, Transforms, type Editor, type Element } from 'slate';
import { HistoryEditor } from 'slate-history';
import './custom-types';

function sameKeys(a: object, keys: readonly string[]): boolean {
  const own = Object.keys(a);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

/** Sets `props` on the block at `path`, joining the previous undo step when it typed the same field. */
export function setTypedProps<T extends Element>(editor: Editor, path: Path, props: Partial<T>): void {
  const node = Node.get(editor, path) as unknown as Record<string, unknown>;
  const keys = Object.keys(props);
  if (keys.every((k) => node[k] === (props as Record<string, unknown>)[k])) return;
  const last = editor.history.undos[editor.history.undos.length - 1];
  const continuing =
    last !== undefined &&
    last.operations.length > 0 &&
    last.operations.every((op) => op.type === 'set_node' && Path.equals(op.path, path) && sameKeys(op.newProperties, keys));
  const apply = (): void => Transforms.setNodes<T>(editor, props, { at: path });
  if (continuing) HistoryEditor.withMerging(editor, apply);
  else HistoryEditor.withNewBatch(editor, apply);
}

