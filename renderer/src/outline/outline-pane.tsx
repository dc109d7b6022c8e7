/**
 * The outline pane: the report's chapters and sections with computed numbers and word counts.
 * Select to edit, double-click or F2 to rename, Delete to delete (after confirmation), drag to
 * reorder. Its props change only when the outline or the saved counts change, never per keystroke.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { ReportStats } from '../../../shared/ipc/contract';
import { buildOutlineTree, outlineInOrder, type OutlineNode, type OutlineTreeNode } from '../../../shared/model/outline';
import { numberOutline } from '../../../shared/numbering/heading-numbering';
import { t } from '../../../shared/i18n';
import { DeletedList } from './deleted-list';
import { isNoMove, placeFromPointer, planMove, type DropPlace, type OutlineMove } from './drop-plan';
import { OutlineRow } from './outline-row';
import { Icon } from '../ui/icons';

const DRAG_TYPE = 'application/x-reportworks-outline-node';

export interface OutlinePaneProps {
  readonly outline: readonly OutlineNode[];
  readonly deleted: readonly OutlineNode[];
  readonly perNode: ReportStats['perNode'];
  readonly selectedId: string | null;
  readonly renamingId: string | null;
  readonly readOnly: boolean;
  /** Contributor mode: nodes the department may not edit, shown with a lock. */
  readonly lockedIds?: ReadonlySet<string>;
  readonly onSelect: (id: string) => void;
  readonly onStartRename: (id: string | null) => void;
  readonly onRename: (id: string, title: string) => void;
  readonly onAddChapter: () => void;
  readonly onAddSection: () => void;
  readonly onDelete: (id: string) => void;
  readonly onRestore: (id: string) => void;
  readonly onMove: (id: string, move: OutlineMove) => void;
  /** Alt+Shift+↑/↓ on a row. */
  readonly onKeyMove?: (id: string, direction: 'up' | 'down') => void;
  /** Ctrl+Z in the outline: undo its last move or deletion. */
  readonly onUndo?: () => void;
  /** 负责部门 shown beside each assigned node. */
  readonly departmentNames?: ReadonlyMap<string, string>;
  /** 全文: the section at the top of the view, marked and kept visible as the report scrolls. */
  readonly inViewId?: string | null;
}

interface DropTarget {
  readonly id: string;
  readonly place: DropPlace;
}

export const OutlinePane = memo(function OutlinePane(props: OutlinePaneProps) {
  const { outline, perNode, selectedId, renamingId, readOnly, onSelect, onStartRename, onRename, onDelete, onMove } = props;
  const tree = useMemo(() => buildOutlineTree(outline), [outline]);
  const labels = useMemo(() => numberOutline(outline), [outline]);
  const order = useMemo(() => outlineInOrder(outline), [outline]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const dragged = useRef<string | null>(null);
  const treeRef = useRef<HTMLDivElement>(null);

  const wordsOf = useCallback(
    (node: OutlineTreeNode): number => (perNode[node.id]?.words ?? 0) + node.children.reduce((sum, child) => sum + (perNode[child.id]?.words ?? 0), 0),
    [perNode],
  );

  const toggle = useCallback((id: string) => {
    setCollapsed((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const focusRow = (id: string): void => {
    requestAnimationFrame(() => treeRef.current?.querySelector<HTMLElement>(`[data-node-id="${id}"]`)?.focus());
  };

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>, id: string) => {
      if (event.target !== event.currentTarget) return;
      const visible = order.filter((n) => n.parentId === null || !collapsed.has(n.parentId));
      const index = visible.findIndex((n) => n.id === id);
      const mod = event.ctrlKey || event.metaKey;
      if (event.altKey && event.shiftKey && !mod && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        if (!readOnly && props.onKeyMove) {
          props.onKeyMove(id, event.key === 'ArrowUp' ? 'up' : 'down');
          focusRow(id);
        }
      } else if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        if (!readOnly) props.onUndo?.();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = visible[index + (event.key === 'ArrowDown' ? 1 : -1)];
        if (next) {
          onSelect(next.id);
          focusRow(next.id);
        }
      } else if (event.key === 'F2' && !readOnly) {
        event.preventDefault();
        onStartRename(id);
      } else if (event.key === 'Delete' && !readOnly) {
        event.preventDefault();
        onDelete(id);
      } else if (event.key === 'Enter') {
        onSelect(id);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- props.onKeyMove / onUndo are read when a key is pressed
    [order, collapsed, readOnly, onSelect, onStartRename, onDelete, props.onKeyMove, props.onUndo],
  );

  const onDragStart = useCallback((event: DragEvent<HTMLDivElement>, id: string) => {
    dragged.current = id;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(DRAG_TYPE, id);
    event.dataTransfer.setData('text/plain', id);
  }, []);

  const onDragOver = useCallback(
    (event: DragEvent<HTMLDivElement>, node: OutlineTreeNode) => {
      const id = dragged.current;
      if (id === null) return;
      const rect = event.currentTarget.getBoundingClientRect();
      const place = placeFromPointer(event.clientY - rect.top, rect.height, node.depth === 1);
      const move = planMove(outline, id, node.id, place);
      if (!move) {
        setDropTarget(null);
        return; // Not calling preventDefault shows the "no drop" cursor.
      }
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setDropTarget((old) => (old && old.id === node.id && old.place === place ? old : { id: node.id, place }));
    },
    [outline],
  );

  const onDrop = useCallback(
    (event: DragEvent<HTMLDivElement>, targetId: string) => {
      event.preventDefault();
      const id = dragged.current;
      const rect = event.currentTarget.getBoundingClientRect();
      const target = outline.find((n) => n.id === targetId);
      dragged.current = null;
      setDropTarget(null);
      if (id === null || !target) return;
      const place = placeFromPointer(event.clientY - rect.top, rect.height, target.parentId === null);
      const move = planMove(outline, id, targetId, place);
      if (move && !isNoMove(outline, id, move)) onMove(id, move);
    },
    [outline, onMove],
  );

  const onDragEnd = useCallback(() => {
    dragged.current = null;
    setDropTarget(null);
  }, []);

  const cancelRename = useCallback(() => onStartRename(null), [onStartRename]);

  // 全文: the section at the top of the view stays visible in the outline as the report scrolls.
  const { inViewId } = props;
  useEffect(() => {
    if (inViewId) treeRef.current?.querySelector<HTMLElement>(`[data-node-id="${inViewId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [inViewId]);

  const selected = selectedId === null ? undefined : outline.find((n) => n.id === selectedId);

  const renderRows = (nodes: readonly OutlineTreeNode[]): ReactNode =>
    nodes.map((node) => (
      <div key={node.id} role="group" className="outline-group">
        <OutlineRow
          node={node}
          label={labels.get(node.id) ?? ''}
          words={wordsOf(node)}
          selected={node.id === selectedId}
          renaming={node.id === renamingId}
          collapsed={collapsed.has(node.id)}
          readOnly={readOnly}
          locked={props.lockedIds?.has(node.id) ?? false}
          department={node.departmentId === null ? undefined : props.departmentNames?.get(node.departmentId)}
          inView={node.id === props.inViewId}
          dropPlace={dropTarget?.id === node.id ? dropTarget.place : null}
          onSelect={onSelect}
          onToggle={toggle}
          onStartRename={onStartRename}
          onRename={onRename}
          onCancelRename={cancelRename}
          onKeyDown={onKeyDown}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDrop={onDrop}
          onDragEnd={onDragEnd}
        />
        {node.children.length > 0 && !collapsed.has(node.id) ? renderRows(node.children) : null}
      </div>
    ));

  return (
    <nav className="outline-pane" aria-label={t('outline.title')} data-testid="outline-pane">
      <div className="pane-header">
        <span className="pane-title">{t('outline.title')}</span>
        <div className="pane-actions">
          <button type="button" className="icon-btn" title={t('outline.addChapter')} disabled={readOnly} onClick={props.onAddChapter} data-testid="add-chapter">
            <Icon name="add-chapter" />
          </button>
          <button
            type="button"
            className="icon-btn"
            title={t('outline.addSection')}
            disabled={readOnly || !selected}
            onClick={props.onAddSection}
            data-testid="add-section"
          >
            <Icon name="add-section" />
          </button>
          <button
            type="button"
            className="icon-btn"
            title={`${t('outline.rename')} (F2)`}
            disabled={readOnly || !selected}
            onClick={() => selected && onStartRename(selected.id)}
            data-testid="rename-node"
          >
            <Icon name="rename" />
          </button>
          <button
            type="button"
            className="icon-btn"
            title={`${t('outline.delete')} (Delete)`}
            disabled={readOnly || !selected}
            onClick={() => selected && onDelete(selected.id)}
            data-testid="delete-node"
          >
            <Icon name="trash" />
          </button>
        </div>
      </div>
      <div className="outline-tree" role="tree" ref={treeRef} onDragLeave={(e) => e.currentTarget === e.target && setDropTarget(null)}>
        {tree.length === 0 ? <p className="outline-empty">{t('outline.empty')}</p> : renderRows(tree)}
      </div>
      <DeletedList deleted={props.deleted} readOnly={readOnly} onRestore={props.onRestore} />
    </nav>
  );
});
