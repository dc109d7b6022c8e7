/**
 * Last year's blocks shown read-only in 去年同期: text as text (React escapes it), tables as real
 * tables with their merged cells, so last year's numbers can be read beside this year's, figures
 * and cases by their caption and title (images are not carried into a new year).
 */
import type { BlockElement, CaseChild } from '../../../shared/model/document';
import { plainText } from '../../../shared/model/document';
import { t } from '../../../shared/i18n';
import { cellText, type TableElement } from '../../../shared/tables/table-types';

function PriorTable({ table }: { readonly table: TableElement }) {
  return (
    <div className="prior-table">
      {table.caption ? <div className="prior-caption">{table.caption}</div> : null}
      <table>
        <tbody>
          {table.children.map((row, index) => (
            <tr key={row.id} className={index < table.headerRows ? 'prior-table-header' : undefined}>
              {row.children.map((cell) => (
                <td key={cell.id} rowSpan={cell.rowSpan} colSpan={cell.colSpan} data-row={row.id} data-cell={cell.id}>
                  {cellText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.source ? <div className="prior-source">{t('priorYear.source', { source: table.source })}</div> : null}
    </div>
  );
}

export function PriorBlock({ block }: { readonly block: BlockElement | CaseChild }) {
  switch (block.type) {
    case 'paragraph':
      return <p className="prior-paragraph">{plainText(block)}</p>;
    case 'heading':
      return <p className={`prior-heading prior-heading-${block.level}`}>{plainText(block)}</p>;
    case 'bulleted-list':
    case 'numbered-list': {
      const items = block.children.map((item) => <li key={item.id}>{plainText(item)}</li>);
      return block.type === 'numbered-list' ? <ol className="prior-list">{items}</ol> : <ul className="prior-list">{items}</ul>;
    }
    case 'table':
      return <PriorTable table={block} />;
    case 'figure':
      return <p className="prior-figure">{t('priorYear.figure', { caption: block.caption })}</p>;
    case 'case':
      return (
        <div className="prior-case">
          <div className="prior-case-title">{t('priorYear.case', { title: block.title })}</div>
          {block.children.map((child) => (
            <PriorBlock key={child.id} block={child} />
          ))}
        </div>
      );
    default:
      return null;
  }
}
