/**
 * A data table in the editor, drawn the way it prints: the caption above with its computed number
 * (表 1-1, never typed), the grid with merged cells, header rows and column widths, the 数据来源 line
 * below, and under it the consistency warnings (小计 that do not add up…) while there are any.
 *
 * The cells are the editor's own text blocks (table-cell-view.tsx); caption and source are
 * properties of the table edited in IME-safe fields; the column borders can be dragged. A right
 * click opens the table's context menu.
 */
import { useEffect, useLayoutEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { Editor, Path, Transforms } from 'slate';
import { ReactEditor, useReadOnly, useSlateStatic, type RenderElementProps } from 'slate-react';
import { cellPathById, tableSelection } from '../../../../shared/editor/table-location';
import { selectCell } from '../../../../shared/editor/table-replace';
import { setTableColumnWidths } from '../../../../shared/editor/table-commands';
import { setTypedProps } from '../../../../shared/editor/typed-props';
import { t } from '../../../../shared/i18n';
import type { TableWarning } from '../../../../shared/tables/table-checks';
import type { TableElement } from '../../../../shared/tables/table-types';
import { useReportUi } from '../../navigation/report-ui';
import { useNumberingLabel } from '../../numbering/numbering-context';
import { takeFieldFocus } from '../focus-request';
import { backToText } from '../field-focus';
import { ImeSafeInput } from '../ime-safe-input';
import type { SectionEditorInstance } from '../section-editor-type';
import { ColumnResizer } from './column-resizer';
import { TableRenderContext } from './table-cell-view';
import { ContextMenu, type MenuSection } from './table-menu';
import { contextSections } from './table-menu-sections';
import { ChartDialogHost } from '../chart/chart-dialog-host';
import { TableRenderState } from './table-render-state';
import { useTableSelection } from './use-table-selection';
import { useTableWarnings } from './use-table-warnings';
import type { RowSegment } from './row-window';
import { useRowWindow } from './use-row-window';
import { useDisplayWidths } from './use-display-widths';

function TableWarnings({ warnings, onShow }: { readonly warnings: readonly TableWarning[]; readonly onShow: (warning: TableWarning) => void }) {
  return (
    <div className="tbl-warnings" contentEditable={false} role="note" data-testid="table-warnings">
      <div className="tbl-warnings-title">{t('table.warningsTitle', { count: warnings.length })}</div>
      <ul>
        {warnings.map((warning, i) => (
          <li key={`${warning.cellId}-${i}`}>
            <button type="button" className="tbl-warning" title={t('table.warningShow')} onMouseDown={(e) => e.preventDefault()} onClick={() => onShow(warning)}>
              {warning.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The drawn rows and, for each run of rows out of view, one empty row of their height. */
function windowedRows(rows: readonly ReactNode[], segments: readonly RowSegment[], width: number): ReactNode[] {
  const out: ReactNode[] = [];
  for (const segment of segments) {
    if (segment.kind === 'rows') {
      for (let r = segment.start; r < segment.end; r++) out.push(rows[r]);
    } else {
      out.push(
        <tr key={`gap-${segment.start}`} className="tbl-gap" contentEditable={false} aria-hidden data-gap-rows={`${segment.start}-${segment.end}`}>
          <td colSpan={Math.max(1, width)} style={{ height: segment.height }} />
        </tr>,
      );
    }
  }
  return out;
}

interface MenuState {
  readonly x: number;
  readonly y: number;
  readonly sections: readonly MenuSection[];
}

export function TableView({ attributes, children, element, rowMarker }: RenderElementProps & { readonly element: TableElement; readonly rowMarker?: ReactNode }) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const readOnly = useReadOnly();
  const ui = useReportUi();
  const label = useNumberingLabel(element.id);
  const selection = useTableSelection(element);
  const warnings = useTableWarnings(element);
  const rowWindow = useRowWindow(element);
  const [renderState] = useState(() => new TableRenderState());
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  // Widths that follow the content while the author has not set any (as the exports print them).
  const displayWidths = useDisplayWidths(element, frame);
  const [previewWidths, setPreviewWidths] = useState<readonly number[] | null>(null);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const [fieldFocused, setFieldFocused] = useState(false);
  const [captionInput, setCaptionInput] = useState<HTMLInputElement | null>(null);

  renderState.update(element, selection.range);
  useLayoutEffect(() => renderState.publish());

  useEffect(() => {
    if (captionInput && takeFieldFocus(editor, element.id)) captionInput.focus();
  }, [captionInput, editor, element.id]);

  const path = (): Path => ReactEditor.findPath(editor, element);
  const setText = (props: Pick<Partial<TableElement>, 'caption' | 'source'>): void => setTypedProps<TableElement>(editor, path(), props);

  // Caption: ↓ or Enter goes into the first cell, ↑ to the text above. Source line: ↑ goes back
  // into the last cell, ↓ or Enter on to the text below (as Word's caret would move).
  const leaveCaption = (key: 'Enter' | 'ArrowDown' | 'ArrowUp'): void => {
    const at = path();
    const above = key === 'ArrowUp' ? Editor.before(editor, Editor.start(editor, at)) : undefined;
    backToText(editor, () => {
      if (above) Transforms.select(editor, above);
      else selectCell(editor, at, { row: 0, col: 0, edge: 'start' });
    });
  };

  const leaveSource = (key: 'Enter' | 'ArrowDown' | 'ArrowUp'): void => {
    const at = path();
    const below = key === 'ArrowUp' ? undefined : Editor.after(editor, Editor.end(editor, at));
    backToText(editor, () => Transforms.select(editor, below ?? Editor.end(editor, at)));
  };

  const showWarning = (warning: TableWarning): void => {
    if (!cellPathById(element, path(), warning.cellId)) return;
    selectCell(editor, path(), { cellId: warning.cellId, edge: 'end' });
    ReactEditor.focus(editor);
  };

  const onContextMenu = (event: MouseEvent<HTMLDivElement>): void => {
    if (readOnly) return;
    const target = event.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[data-cell-id]');
    if (!cell) return;
    event.preventDefault();
    const at = path();
    const current = tableSelection(editor);
    const cellId = cell.dataset.cellId ?? '';
    const inSelection = current !== null && Path.equals(current.tablePath, at) && (current.multi ? true : current.focus.cell.id === cellId);
    if (!inSelection) selectCell(editor, at, { cellId, edge: 'end' });
    const sel = tableSelection(editor);
    if (!sel) return;
    setMenu({ x: event.clientX, y: event.clientY, sections: contextSections(editor, sel, (text) => ui.notify('info', text)) });
  };

  const widths = previewWidths ?? displayWidths;
  const total = widths.reduce((sum, w) => sum + (w > 0 ? w : 0), 0) || 1;
  const active = selection.active || fieldFocused || menu !== null;
  const showSource = element.source.length > 0 || (active && !readOnly);
  const classes = ['blk-table', 'tbl', `tbl-head-${Math.min(element.headerRows, 5)}`];
  if (active) classes.push('is-active');
  if (selection.range) classes.push('tbl-multi');

  return (
    <div
      {...attributes}
      className={classes.join(' ')}
      data-block-id={element.id}
      data-testid="table-block"
      data-rows={element.children.length}
      data-windowed={rowWindow.segments ? 'true' : undefined}
      onContextMenu={onContextMenu}
    >
      <div
        contentEditable={false}
        className="tbl-caption"
        onFocus={() => setFieldFocused(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFieldFocused(false);
        }}
      >
        <span className={`tbl-number ${label ? '' : 'tbl-number-pending'}`} title={t('table.numberHint')} data-testid="table-number">
          {label ?? t('table.pendingNumber')}
        </span>
        <ImeSafeInput
          ref={setCaptionInput}
          className="tbl-caption-input"
          value={element.caption}
          placeholder={t('table.captionPlaceholder')}
          ariaLabel={t('table.captionLabel')}
          readOnly={readOnly}
          maxLength={300}
          autoSize
          testId="table-caption-input"
          onCommit={(caption) => setText({ caption })}
          onLeave={leaveCaption}
        />
      </div>
      <div className="tbl-frame" ref={setFrame}>
        <table className="tbl-grid">
          <colgroup>
            {widths.map((width, i) => (
              <col key={element.columns[i]?.id ?? i} style={{ width: `${((width > 0 ? width : 0) / total) * 100}%` }} />
            ))}
          </colgroup>
          <TableRenderContext.Provider value={renderState}>
            <tbody ref={rowWindow.bodyRef}>
              {rowWindow.segments ? windowedRows(Array.isArray(children) ? children : [children], rowWindow.segments, widths.length) : children}
              {rowMarker}
            </tbody>
          </TableRenderContext.Provider>
        </table>
        {active && !readOnly && widths.length > 1 ? (
          <ColumnResizer widths={widths} onPreview={setPreviewWidths} onCommit={(next) => setTableColumnWidths(editor, path(), next)} />
        ) : null}
      </div>
      {showSource ? (
        <div
          contentEditable={false}
          className="tbl-source"
          onFocus={() => setFieldFocused(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFieldFocused(false);
          }}
        >
          <span className="tbl-source-label">{t('table.sourceLabel')}</span>
          <ImeSafeInput
            className="tbl-source-input"
            value={element.source}
            placeholder={t('table.sourcePlaceholder')}
            ariaLabel={t('table.sourceLabel')}
            readOnly={readOnly}
            maxLength={300}
            testId="table-source-input"
            onCommit={(source) => setText({ source })}
            onLeave={leaveSource}
          />
        </div>
      ) : null}
      {warnings.length > 0 ? <TableWarnings warnings={warnings} onShow={showWarning} /> : null}
      {menu ? <ContextMenu x={menu.x} y={menu.y} sections={menu.sections} onClose={() => setMenu(null)} /> : null}
      {readOnly ? null : (
        <div contentEditable={false}>
          <ChartDialogHost table={element} />
        </div>
      )}
    </div>
  );
}
