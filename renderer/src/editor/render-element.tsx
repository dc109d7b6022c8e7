/**
 * How blocks look. Heading numbers are drawn as a non-editable prefix (never part of the text, so
 * they cannot be typed over, selected or copied into the content) from the computed labels; the
 * margin marker of a commented block (批注) is drawn the same way.
 */
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import type { HeadingElement } from '../../../shared/model/document';
import { CommentMarker, useBlockCommentCount } from '../collaboration/block-comments';
import { useHeadingContext } from './heading-numbers';
import { CaseView } from './case/case-view';
import { FigureView } from './figure/figure-view';
import { TableCellView, TableRowView } from './table/table-cell-view';
import { TableView } from './table/table-view';
import { XrefView } from './xref/xref-view';
import type { FindLeafMarks } from '../find/use-find-decorate';

function HeadingView({ attributes, children, element }: RenderElementProps & { readonly element: HeadingElement }) {
  const { labels, nodeDepth } = useHeadingContext();
  const absolute = nodeDepth + element.level;
  const label = labels.get(element.id) ?? '';
  const Tag = absolute <= 2 ? 'h2' : absolute === 3 ? 'h3' : absolute === 4 ? 'h4' : 'h5';
  return (
    <Tag {...attributes} className={`blk-h blk-h-abs-${Math.min(absolute, 5)}`} data-block-id={element.id}>
      <CommentMarker blockId={element.id} />
      {label ? (
        <span contentEditable={false} className="heading-number" data-testid="heading-number">
          {label}
        </span>
      ) : null}
      {children}
    </Tag>
  );
}

function withMarker(blockId: string, children: RenderElementProps['children']) {
  return (
    <>
      <CommentMarker blockId={blockId} />
      {children}
    </>
  );
}

/**
 * A table's children are its rows (inside <tbody>): the marker comes in a row of its own, last, so
 * no row index moves. Only tables with comments get the extra row: counting rows in the DOM stays
 * right otherwise.
 */
function RowMarker({ blockId }: { readonly blockId: string }) {
  if (useBlockCommentCount(blockId) === 0) return null;
  return (
    <tr contentEditable={false} className="comment-marker-row">
      <td>
        <CommentMarker blockId={blockId} />
      </td>
    </tr>
  );
}

/** Module-level for the same reason as renderLeaf. */
export function renderElement(props: RenderElementProps) {
  const { attributes, children, element } = props;
  switch (element.type) {
    case 'heading':
      return <HeadingView {...props} element={element} />;
    case 'bulleted-list':
      return (
        <ul {...attributes} className="blk-list" data-block-id={element.id}>
          <CommentMarker blockId={element.id} />
          {children}
        </ul>
      );
    case 'numbered-list':
      return (
        <ol {...attributes} className="blk-list" data-block-id={element.id}>
          <CommentMarker blockId={element.id} />
          {children}
        </ol>
      );
    case 'list-item':
      return (
        <li {...attributes} data-block-id={element.id}>
          {children}
        </li>
      );
    // Structures draw their own frame: the marker travels with the Slate children they place.
    case 'table':
      // The rows stay an array (a long table draws only some of them, see table/row-window.ts).
      return <TableView {...props} element={element} rowMarker={<RowMarker blockId={element.id} />} />;
    case 'figure':
      return <FigureView {...props} element={element} children={withMarker(element.id, children)} />;
    case 'case':
      return <CaseView {...props} element={element} children={withMarker(element.id, children)} />;
    case 'xref':
      return <XrefView {...props} element={element} />;
    case 'table-row':
      return <TableRowView {...props} element={element} />;
    case 'table-cell':
      return <TableCellView {...props} element={element} />;
    case 'paragraph':
      return (
        <p {...attributes} className={element.align ? `blk-p align-${element.align}` : 'blk-p'} data-block-id={element.id}>
          <CommentMarker blockId={element.id} />
          {children}
        </p>
      );
  }
}

/** Module-level (stable identity), so slate-react's memoized leaves are not re-rendered for nothing. */
export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  // 查找 highlights are decorations (../find/use-find-decorate.ts), never part of the content.
  const find = leaf as FindLeafMarks;
  const hit = find.findActive ? 'find-hit find-hit-active' : find.findMatch ? 'find-hit' : undefined;
  return (
    <span {...attributes} className={hit} data-find={hit ? (find.findActive ? 'active' : 'match') : undefined}>
      {content}
    </span>
  );
}
