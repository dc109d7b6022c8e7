/**
 * Asking a windowed table (use-row-window.ts) to draw and show a row that is out of view without
 * moving the selection: the find bar's current match in row 1 500 of a long table, for one.
 */
import { useEffect, useLayoutEffect, useState } from 'react';
import { Editor, type Path } from 'slate';
import { useSlateStatic } from 'slate-react';
import { isTable } from '../../../../shared/editor/table-location';
import type { TableElement } from '../../../../shared/tables/table-types';

type Reveal = (row: number) => void;

const tablesOf = new WeakMap<Editor, Map<string, Reveal>>();

/**
 * Draws the row holding `path` if it lies in a windowed table, and scrolls it into view; false when
 * no windowed table holds it (the caller shows it the usual way).
 */
export function revealTableRow(editor: Editor, path: Path): boolean {
  const entry = Editor.above(editor, { at: path, match: (n) => isTable(n), mode: 'lowest' });
  if (!entry) return false;
  const reveal = tablesOf.get(editor)?.get((entry[0] as TableElement).id);
  const row = path[entry[1].length];
  if (!reveal || typeof row !== 'number') return false;
  reveal(row);
  return true;
}

/** The row last asked for (drawn until another is asked for); scrolled into view once drawn. */
export function useRowReveal(tableId: string, windowed: boolean, rowId: (row: number) => string | undefined): number | null {
  const editor = useSlateStatic();
  const [request, setRequest] = useState<{ row: number; seq: number } | null>(null);

  useEffect(() => {
    if (!windowed) return undefined;
    let tables = tablesOf.get(editor);
    if (!tables) tablesOf.set(editor, (tables = new Map()));
    const reveal: Reveal = (row) => setRequest((old) => ({ row, seq: (old?.seq ?? 0) + 1 }));
    tables.set(tableId, reveal);
    return () => {
      if (tables.get(tableId) === reveal) tables.delete(tableId);
    };
  }, [editor, tableId, windowed]);

  useLayoutEffect(() => {
    if (!request) return;
    const id = rowId(request.row);
    if (id) document.querySelector(`tr[data-block-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center', inline: 'nearest' });
    // Only a new request scrolls; `rowId` changes with every edit of the table.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  return request?.row ?? null;
}
