/**
 * A figure (图) in the editor: the image at its width, the caption below with its computed number
 * (图 1-1) and an optional source line. It is a void block: the caret passes it as one unit, and
 * its caption and source are fields of their own (see ../ime-safe-input.tsx). A figure whose image
 * was never found shows a placeholder naming the missing file, so it cannot go unnoticed.
 */
import { useEffect, useRef, useState } from 'react';
import { Editor, Transforms } from 'slate';
import { ReactEditor, useFocused, useReadOnly, useSelected, useSlateStatic, type RenderElementProps } from 'slate-react';
import { setTypedProps } from '../../../../shared/editor/typed-props';
import type { FigureElement } from '../../../../shared/model/document';
import { t } from '../../../../shared/i18n';
import { useApi } from '../../ipc/api-context';
import { errorMessage } from '../../ipc/error-message';
import { useReportUi } from '../../navigation/report-ui';
import { useNumberingLabel } from '../../numbering/numbering-context';
import { backToText } from '../field-focus';
import { takeFieldFocus } from '../focus-request';
import { ImeSafeInput } from '../ime-safe-input';
import type { SectionEditorInstance } from '../section-editor-type';
import { useAssetUrl } from './asset-urls';
import { importImageFromDialog } from './image-import';
import { ChartPicture } from '../chart/chart-picture';

const WIDTH_PRESETS = [40, 60, 80, 100] as const;

function FigureImage({ sha256, alt }: { readonly sha256: string; readonly alt: string }) {
  const state = useAssetUrl(sha256);
  if (state.kind === 'ready') return <img className="figure-img" src={state.url} alt={alt} draggable={false} decoding="async" data-testid="figure-image" />;
  return (
    <div className={`figure-placeholder ${state.kind === 'error' ? 'figure-placeholder-error' : ''}`}>
      {state.kind === 'loading' ? t('figure.loading') : t('figure.unreadable', { message: state.message })}
    </div>
  );
}

function MissingImage({ name, onChoose }: { readonly name: string | undefined; readonly onChoose: (() => void) | null }) {
  return (
    <div className="figure-placeholder figure-placeholder-missing" title={t('figure.missingHint')} data-testid="figure-missing">
      <strong>{name ? t('editor.figureMissing', { name }) : t('figure.missing')}</strong>
      <span className="figure-placeholder-hint">{t('figure.missingHint')}</span>
      {onChoose ? (
        <button type="button" className="btn btn-small" onMouseDown={(event) => event.preventDefault()} onClick={onChoose} data-testid="figure-choose-image">
          {t('figure.chooseImage')}
        </button>
      ) : null}
    </div>
  );
}

function WidthPresets({ width, onChange }: { readonly width: number; readonly onChange: (width: number) => void }) {
  return (
    <div className="figure-width" role="group" aria-label={t('figure.width')}>
      <span className="figure-width-label">{t('figure.width')}</span>
      {WIDTH_PRESETS.map((preset) => (
        <button
          key={preset}
          type="button"
          className={`figure-width-btn ${preset === width ? 'is-on' : ''}`}
          aria-pressed={preset === width}
          title={t('figure.widthPreset', { percent: preset })}
          data-testid={`figure-width-${preset}`}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChange(preset)}
        >
          {preset}%
        </button>
      ))}
    </div>
  );
}

export function FigureView({ attributes, children, element }: RenderElementProps & { readonly element: FigureElement }) {
  const editor = useSlateStatic() as SectionEditorInstance;
  const readOnly = useReadOnly();
  const selected = useSelected();
  const focused = useFocused();
  const label = useNumberingLabel(element.id);
  const api = useApi();
  const ui = useReportUi();
  const captionRef = useRef<HTMLInputElement>(null);
  const [editingFields, setEditingFields] = useState(false);

  useEffect(() => {
    if (takeFieldFocus(editor, element.id)) captionRef.current?.focus();
  }, [editor, element.id]);

  const set = (props: Partial<FigureElement>): void => setTypedProps<FigureElement>(editor, ReactEditor.findPath(editor, element), props);

  // The image the import could not find, supplied now: the figure keeps its caption and place.
  const chooseImage = async (): Promise<void> => {
    try {
      const asset = await importImageFromDialog(api);
      if (!asset) return;
      const path = ReactEditor.findPath(editor, element);
      Editor.withoutNormalizing(editor, () => {
        Transforms.setNodes<FigureElement>(editor, { asset: asset.sha256 }, { at: path });
        Transforms.unsetNodes(editor, 'missingName', { at: path });
      });
    } catch (error) {
      ui.notify('error', errorMessage(error));
    }
  };

  const leaveField = (key: 'Enter' | 'ArrowDown' | 'ArrowUp'): void => {
    // Back to the text: below the figure (Enter, ↓) or above it (↑), as Word's caret would go.
    const path = ReactEditor.findPath(editor, element);
    const target = key === 'ArrowUp' ? Editor.before(editor, Editor.start(editor, path)) : Editor.after(editor, Editor.end(editor, path));
    // Nothing there (the figure ends the section): the figure itself stays selected.
    backToText(editor, () => Transforms.select(editor, target ?? Editor.start(editor, path)));
  };

  const active = (selected && focused) || editingFields;
  const showSource = element.source.length > 0 || (active && !readOnly);

  return (
    <div {...attributes} className={`blk-figure ${active ? 'is-active' : ''}`} data-block-id={element.id} data-testid="figure-block">
      <div
        contentEditable={false}
        className="figure-body"
        onFocus={() => setEditingFields(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setEditingFields(false);
        }}
      >
        <div className="figure-frame" style={{ width: `${element.width}%` }}>
          {element.chart !== undefined ? (
            <ChartPicture element={element} spec={element.chart} editable={active && !readOnly} />
          ) : element.asset ? <FigureImage sha256={element.asset} alt={element.caption} /> : <MissingImage name={element.missingName} onChoose={readOnly ? null : () => void chooseImage()} />}
          {active && !readOnly ? <WidthPresets width={element.width} onChange={(width) => set({ width })} /> : null}
        </div>
        <div className="figure-caption">
          <span className={`figure-number ${label ? '' : 'figure-number-pending'}`} data-testid="figure-number">
            {label ?? t('figure.pendingNumber')}
          </span>
          <ImeSafeInput
            ref={captionRef}
            className="figure-caption-input"
            value={element.caption}
            placeholder={t('figure.captionPlaceholder')}
            ariaLabel={t('figure.captionLabel')}
            readOnly={readOnly}
            maxLength={300}
            autoSize
            testId="figure-caption-input"
            onCommit={(caption) => set({ caption })}
            onLeave={leaveField}
          />
        </div>
        {showSource ? (
          <div className="figure-source">
            <span className="figure-source-label">{t('figure.sourceLabel')}</span>
            <ImeSafeInput
              className="figure-source-input"
              value={element.source}
              placeholder={t('figure.sourcePlaceholder')}
              ariaLabel={t('figure.sourceLabel')}
              readOnly={readOnly}
              maxLength={300}
              autoSize
              testId="figure-source-input"
              onCommit={(source) => set({ source })}
              onLeave={leaveField}
            />
          </div>
        ) : null}
      </div>
      {children}
    </div>
  );
}
