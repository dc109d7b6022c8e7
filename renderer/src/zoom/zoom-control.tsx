/** The status bar's zoom: −, the percentage (a click: back to 100 %), +, and a slider, 50–200 %. */
import { t } from '../../../shared/i18n';
import { ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN } from '../../../shared/ipc/workspace-schemas';
import { nextZoom } from '../find/find-keys';
import type { EditorZoom } from './use-editor-zoom';

export function ZoomControl({ zoom }: { readonly zoom: EditorZoom }) {
  return (
    <span className="status-item zoom-control" role="group" aria-label={t('zoom.label')} data-testid="zoom-control">
      <button type="button" className="zoom-step" onClick={() => zoom.set(nextZoom(zoom.zoom, 'out'))} disabled={zoom.zoom <= ZOOM_MIN} title={t('zoom.out')} aria-label={t('zoom.out')} data-testid="zoom-out">
        −
      </button>
      <input
        type="range"
        className="zoom-slider"
        min={ZOOM_MIN}
        max={ZOOM_MAX}
        step={5}
        value={zoom.zoom}
        aria-label={t('zoom.label')}
        onChange={(event) => zoom.set(Number(event.target.value))}
        data-testid="zoom-slider"
      />
      <button type="button" className="zoom-step" onClick={() => zoom.set(nextZoom(zoom.zoom, 'in'))} disabled={zoom.zoom >= ZOOM_MAX} title={t('zoom.in')} aria-label={t('zoom.in')} data-testid="zoom-in">
        +
      </button>
      <button type="button" className="zoom-value" onClick={() => zoom.set(ZOOM_DEFAULT)} title={t('zoom.reset')} data-testid="zoom-value">
        {zoom.zoom}%
      </button>
    </span>
  );
}
