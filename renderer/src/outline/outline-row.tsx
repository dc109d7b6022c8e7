/** One chapter or section in the outline: number, title, word count; drag source and drop target. */
import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { OutlineTreeNode } from '../../../shared/model/outline';
import { t } from '../../../shared/i18n';
import { formatCount } from '../state/format';
import type { DropPlace } from './drop-plan';
import { Icon } from '../ui/icons';
import { RenameField } from './rename-field';

export interface OutlineRowProps {
  readonly node: OutlineTreeNode;
  readonly label: string;
  readonly words: number;
  readonly selected: boolean;
  readonly renaming: boolean;
  readonly collapsed: boolean;
  readonly readOnly: boolean;
  readonly locked?: boolean;
  /** The name of the department the node is assigned to. */
  readonly department?: string | undefined;
  /** 全文: this section is at the top of the view. */
  readonly inView?: boolean;
  readonly dropPlace: DropPlace | null;
  readonly onSelect: (id: string) => void;
  readonly onToggle: (id: string) => void;
  readonly onStartRename: (id: string) => void;
  readonly onRename: (id: string, title: string) => void;
  readonly onCancelRename: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>, id: string) => void;
  readonly onDragStart: (event: DragEvent<HTMLDivElement>, id: string) => void;
  readonly onDragOver: (event: DragEvent<HTMLDivElement>, node: OutlineTreeNode) => void;
  readonly onDrop: (event: DragEvent<HTMLDivElement>, id: string) => void;
  readonly onDragEnd: () => void;
}

export const OutlineRow = memo(function OutlineRow(props: OutlineRowProps) {
  const { node, label, words, selected, renaming, collapsed, readOnly, dropPlace } = props;
  const hasChildren = node.children.length > 0;
  const classes = ['outline-row', `outline-depth-${node.depth}`, selected ? 'outline-row-selected' : '', props.inView ? 'outline-row-inview' : '', dropPlace ? `drop-${dropPlace}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      role="treeitem"
      aria-level={node.depth}
      aria-selected={selected}
      aria-expanded={hasChildren ? !collapsed : undefined}
      tabIndex={selected ? 0 : -1}
      draggable={!readOnly && !renaming}
      data-testid={`outline-node-${node.id}`}
      data-node-id={node.id}
      data-in-view={props.inView ? 'true' : undefined}
      title={readOnly ? node.title : t('outline.dragHint')}
      onClick={() => props.onSelect(node.id)}
      onDoubleClick={() => !readOnly && props.onStartRename(node.id)}
      onKeyDown={(e) => props.onKeyDown(e, node.id)}
      onDragStart={(e) => props.onDragStart(e, node.id)}
      onDragOver={(e) => props.onDragOver(e, node)}
      onDrop={(e) => props.onDrop(e, node.id)}
      onDragEnd={props.onDragEnd}
    >
      {node.depth === 1 ? (
        <button
          type="button"
          className={`outline-caret ${hasChildren ? '' : 'outline-caret-empty'} ${collapsed ? 'outline-caret-collapsed' : ''}`}
          tabIndex={-1}
          aria-hidden={!hasChildren}
          onClick={(e) => {
            e.stopPropagation();
            if (hasChildren) props.onToggle(node.id);
          }}
        />
      ) : null}
      {renaming ? (
        <RenameField initial={node.title} onCommit={(title) => props.onRename(node.id, title)} onCancel={props.onCancelRename} />
      ) : (
        <span className="outline-title" data-testid="outline-title">
          {label ? <span className="outline-number">{label}</span> : null}
          {node.title}
        </span>
      )}
      {props.department ? (
        <span className="outline-department" title={t('outline.department', { name: props.department })} data-testid="outline-department">
          {props.department}
        </span>
      ) : null}
      {props.locked ? (
        <span className="outline-lock" title={t('contrib.readOnlySection')} data-testid="outline-lock">
          <Icon name="lock" size={12} />
        </span>
      ) : null}
      <span className="outline-words" data-testid="outline-words" title={hasChildren ? t('outline.wordsWithChildren') : t('outline.words')}>
        {words > 0 ? formatCount(words) : ''}
      </span>
    </div>
  );
});
