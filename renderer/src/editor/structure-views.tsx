/**
 * How tables, figures, case boxes and cross-references appear in the text editor. Tables and
 * figures are atomic blocks here (see shared/editor/with-structure-blocks): they are drawn as a
 * faithful, non-editable preview; a case box is an editable container under a fixed title bar.
 *
 * Their numbers (表 1-1, 图 2-3, 案例 1-2) depend on the whole report and are not known to the
 * section editor yet, so the label is shown without a number, marked as computed.
 */
import type { ReactNode } from 'react';
import type { RenderElementProps } from 'slate-react';
import type { CaseElement, FigureElement, FormattedText, XrefElement } from '../../../shared/model/document';
import type { TableCellElement, TableElement } from '../../../shared/tables/table-types';
import { t } from '../../../shared/i18n';

function Runs({ runs }: { readonly runs: readonly FormattedText[] }) {
  return (
    <>
      {runs.map((run, i) => {
        let content: ReactNode = run.text;
        if (run.bold) content = <strong>{content}</strong>;
        if (run.italic) content = <em>{content}</em>;
        if (run.underline) content = <u>{content}</u>;
        return <span key={i}>{content}</span>;
      })}
    </>
  );
}

function NumberPending() {
  return (
    <span className="structure-number" title={t('editor.structureNumberHint')}>
      {t('editor.structureNumber')}
    </span>
  );
}

function Cell({ cell, header, align }: { readonly cell: TableCellElement; readonly header: boolean; readonly align: string | undefined }) {
  const Tag = header ? 'th' : 'td';
  const classes = [cell.computed ? 'cell-computed' : '', cell.formulaError ? 'cell-error' : ''].filter(Boolean).join(' ');
  return (
    <Tag
      rowSpan={cell.rowSpan}
      colSpan={cell.colSpan}
      className={classes || undefined}
      style={align ? { textAlign: align as 'left' | 'center' | 'right' } : undefined}
      title={cell.formulaError}
    >
      <Runs runs={cell.children} />
    </Tag>
  );
}

export function TableView({ attributes, children, element }: RenderElementProps & { readonly element: TableElement }) {
  const total = element.columns.reduce((sum, c) => sum + (c.width > 0 ? c.width : 0), 0) || 1;
  return (
    <div {...attributes} className="blk-table" data-block-id={element.id} data-testid="table-block">
      <div contentEditable={false} className="structure-preview">
        <div className="table-caption">
          <span className="structure-label">{t('editor.tableLabel')}</span>
          <NumberPending />
          {element.caption}
        </div>
        <table className="report-table">
          <colgroup>
            {element.columns.map((column) => (
              <col key={column.id} style={{ width: `${((column.width > 0 ? column.width : 0) / total) * 100}%` }} />
            ))}
          </colgroup>
          <tbody>
            {element.children.map((row, r) => (
              <tr key={row.id}>
                {row.children.map((cell) => (
                  <Cell key={cell.id} cell={cell} header={r < element.headerRows} align={cell.align} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {element.source ? <div className="structure-source">{t('editor.dataSource', { source: element.source })}</div> : null}
      </div>
      {children}
    </div>
  );
}

export function FigureView({ attributes, children, element }: RenderElementProps & { readonly element: FigureElement }) {
  return (
    <div {...attributes} className="blk-figure" data-block-id={element.id} data-testid="figure-block">
      <div contentEditable={false} className="structure-preview">
        <div className={`figure-frame ${element.asset ? '' : 'figure-missing'}`} style={{ width: `${Math.min(100, Math.max(10, element.width))}%` }}>
          {element.asset ? t('editor.figureImage') : t('editor.figureMissing', { name: element.missingName ?? '' })}
        </div>
        <div className="figure-caption">
          <span className="structure-label">{t('editor.figureLabel')}</span>
          <NumberPending />
          {element.caption}
        </div>
        {element.source ? <div className="structure-source structure-source-center">{t('editor.figureSource', { source: element.source })}</div> : null}
      </div>
      {children}
    </div>
  );
}

export function CaseView({ attributes, children, element }: RenderElementProps & { readonly element: CaseElement }) {
  return (
    <div {...attributes} className="blk-case" data-block-id={element.id} data-testid="case-block">
      <div contentEditable={false} className="case-title">
        <span className="structure-label">{t('editor.caseLabel')}</span>
        <NumberPending />
        {element.title}
        {element.classic ? <span className="case-classic">{t('editor.caseClassic')}</span> : null}
      </div>
      {children}
    </div>
  );
}

export function XrefView({ attributes, children, element }: RenderElementProps & { readonly element: XrefElement }) {
  return (
    <span {...attributes} className="xref" data-target={element.target}>
      <span contentEditable={false} title={t('editor.xrefHint')}>
        {t('editor.xref')}
      </span>
      {children}
    </span>
  );
}
