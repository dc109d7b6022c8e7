/**
 * 插入交叉引用: a searchable list of every table, figure, case and heading of the report with its
 * current label. Opened from the ribbon or with Ctrl+Shift+R; the reference goes where the caret
 * was when the dialog opened.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Editor, Transforms, type Range } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { insertXref } from '../../../../shared/editor/with-xrefs';
import { headingLabel } from '../../../../shared/numbering/report-numbering';
import { t, type MessageKey } from '../../../../shared/i18n';
import { useReportNumbering } from '../../numbering/numbering-context';
import { useReportUi } from '../../navigation/report-ui';
import { Modal } from '../../ui/modal';
import type { SectionEditorInstance } from '../section-editor-type';
import { pickerItems, type PickerFilter, type PickerItem } from './picker-items';
import { updateXrefUi } from './xref-ui-state';

const FILTERS: readonly { readonly filter: PickerFilter; readonly label: MessageKey }[] = [
  { filter: 'all', label: 'xref.filter.all' },
  { filter: 'table', label: 'xref.filter.table' },
  { filter: 'figure', label: 'xref.filter.figure' },
  { filter: 'case', label: 'xref.filter.case' },
  { filter: 'heading', label: 'xref.filter.heading' },
];

/** Only this many rows are drawn: a long report has hundreds of headings and figures. */
const MAX_ROWS = 200;

interface ItemRowProps {
  readonly item: PickerItem;
  /** The section a table, figure or case stands in (headings show their place by indenting). */
  readonly where: string | undefined;
  readonly active: boolean;
  readonly onPick: () => void;
  readonly onInsert: () => void;
}

function ItemRow({ item, where, active, onPick, onInsert }: ItemRowProps) {
  return (
    <li
      role="option"
      aria-selected={active}
      className={`picker-item picker-kind-${item.kind} ${active ? 'is-active' : ''}`}
      style={item.level > 1 ? { paddingLeft: `${12 + (item.level - 1) * 14}px` } : undefined}
      data-testid="xref-picker-item"
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
      onDoubleClick={onInsert}
    >
      <span className="picker-label">{item.label}</span>
      {item.caption ? <span className="picker-caption">{item.caption}</span> : null}
      {where ? <span className="picker-where">{where}</span> : null}
    </li>
  );
}

export function XrefPicker() {
  const editor = useSlateStatic() as SectionEditorInstance;
  const numbering = useReportNumbering();
  const ui = useReportUi();
  const [filter, setFilter] = useState<PickerFilter>('all');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const saved = useRef<Range | null>(editor.selection);
  const listRef = useRef<HTMLUListElement>(null);

  const items = useMemo(() => pickerItems(numbering.structures, numbering.headings, filter, query), [numbering, filter, query]);
  const sections = useMemo(() => new Map(numbering.headings.filter((h) => h.id === h.nodeId).map((h) => [h.id, headingLabel(h)])), [numbering]);
  const shown = items.slice(0, MAX_ROWS);
  const current = shown[Math.min(active, shown.length - 1)];

  const close = (): void => {
    updateXrefUi(editor, { pickerOpen: false });
    ReactEditor.focus(editor);
  };

  const insert = (item: PickerItem | undefined): void => {
    if (!item) return;
    updateXrefUi(editor, { pickerOpen: false });
    ReactEditor.focus(editor);
    Transforms.select(editor, saved.current ?? Editor.end(editor, []));
    if (insertXref(editor, item.id) === null) ui.notify('error', t('xref.notHere'));
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.max(0, Math.min(shown.length - 1, active + (event.key === 'ArrowDown' ? 1 : -1)));
      setActive(next);
      listRef.current?.children[next]?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      insert(current);
    }
  };

  return (
    <Modal
      title={t('xref.pickerTitle')}
      onClose={close}
      width={620}
      testId="xref-picker"
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={!current} onClick={() => insert(current)} data-testid="xref-picker-insert">
            {t('xref.insert')}
          </button>
        </>
      }
    >
      <div className="picker" onKeyDown={onKeyDown}>
        <input
          className="input picker-search"
          value={query}
          placeholder={t('xref.search')}
          aria-label={t('xref.search')}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          data-testid="xref-picker-search"
        />
        <div className="picker-filters" role="tablist">
          {FILTERS.map((f) => (
            <button
              key={f.filter}
              type="button"
              role="tab"
              aria-selected={filter === f.filter}
              className={`chip ${filter === f.filter ? 'is-on' : ''}`}
              onClick={() => {
                setFilter(f.filter);
                setActive(0);
              }}
              data-testid={`xref-filter-${f.filter}`}
            >
              {t(f.label)}
            </button>
          ))}
        </div>
        {shown.length === 0 ? (
          <p className="picker-empty">{numbering.ready ? t('xref.noMatch') : t('lists.loading')}</p>
        ) : (
          <ul className="picker-list" role="listbox" ref={listRef} aria-label={t('xref.pickerTitle')}>
            {shown.map((item, i) => (
              <ItemRow
                key={item.id}
                item={item}
                where={item.kind === 'heading' ? undefined : sections.get(item.nodeId)}
                active={item === current}
                onPick={() => setActive(i)}
                onInsert={() => insert(item)}
              />
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}
