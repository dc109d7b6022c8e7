/**
 * The pages of a printed preview on a grey desk, with the toolbar that moves through them: go to a
 * page by its printed label, PgUp/PgDn/Home/End, zoom (适合宽度, 100 %, +/−, Ctrl+= / Ctrl+-).
 * Pages are placed by arithmetic (preview-layout.ts) and drawn only near the viewport.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '../../../shared/i18n';
import type { LoadedPdf } from './pdf-loader';
import { PreviewPage } from './preview-page';
import { GAP, LABEL_HEIGHT, PAD, findPage, labelOf, pageAt, pageTops, scaleOf, stepZoom, type Zoom } from './preview-layout';
import { useNearPages } from './use-near-pages';

interface PreviewViewerProps {
  readonly pdf: LoadedPdf;
  /** The left end of the toolbar (the title and page count). */
  readonly lead: ReactNode;
  /** Buttons for the right end of the toolbar (导出 PDF…, 关闭). */
  readonly actions: ReactNode;
  /** Between the toolbar and the pages (warnings, where the PDF was saved). */
  readonly banner: ReactNode;
}

/** Where the reader was, as a page and how far down it, so a zoom keeps them there. */
interface Anchor {
  readonly index: number;
  readonly fraction: number;
}

export function PreviewViewer({ pdf, lead, actions, banner }: PreviewViewerProps) {
  const { doc, labels, sizes } = pdf;
  const count = sizes.length;
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState({ width: 0, height: 0 });
  const [zoom, setZoom] = useState<Zoom>({ mode: 'auto' });
  const [current, setCurrent] = useState(0);
  const [typed, setTyped] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const anchor = useRef<Anchor | null>(null);
  const { near, register } = useNearPages(scroller);

  useEffect(() => {
    if (scroller === null) return;
    const measure = (): void => setViewport({ width: scroller.clientWidth, height: scroller.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    // The keys work at once, without a click into the pages first.
    scroller.focus();
    return () => observer.disconnect();
  }, [scroller]);

  const scale = scaleOf(zoom, viewport.width, sizes);
  const tops = useMemo(() => pageTops(sizes, scale), [sizes, scale]);
  const slotHeight = (index: number): number => Math.round((sizes[index]?.height ?? 0) * scale) + LABEL_HEIGHT + GAP;
  const widest = Math.max(...sizes.map((size) => size.width)) * scale;
  const contentWidth = Math.max(viewport.width, Math.round(widest) + 2 * PAD);
  const contentHeight = (tops[count - 1] ?? 0) + slotHeight(count - 1) - GAP + PAD;

  const changeZoom = useCallback(
    (next: Zoom) => {
      if (scroller !== null) {
        const index = pageAt(tops, scroller.scrollTop, scroller.clientHeight);
        const height = Math.round((sizes[index]?.height ?? 0) * scale) + LABEL_HEIGHT + GAP;
        anchor.current = { index, fraction: height > 0 ? (scroller.scrollTop - (tops[index] ?? 0)) / height : 0 };
      }
      setZoom(next);
    },
    [scroller, tops, sizes, scale],
  );

  // After a zoom, put the page that was being read back where it was.
  useLayoutEffect(() => {
    const kept = anchor.current;
    if (scroller === null || kept === null) return;
    anchor.current = null;
    scroller.scrollTop = (tops[kept.index] ?? 0) + kept.fraction * (Math.round((sizes[kept.index]?.height ?? 0) * scale) + LABEL_HEIGHT + GAP);
  }, [scroller, tops, sizes, scale]);

  const goTo = useCallback(
    (index: number) => {
      const target = Math.min(count - 1, Math.max(0, index));
      if (scroller !== null) scroller.scrollTop = (tops[target] ?? 0) - PAD / 2;
      setCurrent(target);
      setProblem(null);
    },
    [count, scroller, tops],
  );

  useEffect(() => {
    if (scroller === null) return;
    let frame = 0;
    const onScroll = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCurrent(pageAt(tops, scroller.scrollTop, scroller.clientHeight)));
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [scroller, tops]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const inField = event.target instanceof HTMLInputElement;
      const ctrl = event.ctrlKey || event.metaKey;
      let handled = true;
      if (ctrl && (event.key === '=' || event.key === '+')) changeZoom({ mode: 'fixed', scale: stepZoom(scale, 1) });
      else if (ctrl && event.key === '-') changeZoom({ mode: 'fixed', scale: stepZoom(scale, -1) });
      else if (ctrl && event.key === '0') changeZoom({ mode: 'fixed', scale: 1 });
      else if (ctrl || event.altKey) handled = false;
      else if (event.key === 'PageDown') goTo(current + 1);
      else if (event.key === 'PageUp') goTo(current - 1);
      // In the page field Home and End move the caret, as in any text field.
      else if (event.key === 'Home' && !inField) goTo(0);
      else if (event.key === 'End' && !inField) goTo(count - 1);
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [changeZoom, goTo, current, count, scale]);

  const submitPage = (): void => {
    if (typed === null) return;
    const index = findPage(labels, typed, count);
    if (index === null) {
      setProblem(t('preview.noSuchPage', { label: typed.trim() }));
      return;
    }
    setProblem(null);
    setTyped(null);
    goTo(index);
    scroller?.focus();
  };

  const percent = `${Math.round(scale * 100)}%`;

  return (
    <>
      <div className="preview-toolbar" role="toolbar" aria-label={t('preview.title')}>
        {lead}
        <label className="preview-goto">
          <span>{t('preview.goTo')}</span>
          <input
            className="input preview-goto-input"
            value={typed ?? labelOf(labels, current)}
            title={t('preview.goToHint')}
            aria-label={t('preview.goTo')}
            onFocus={(e) => {
              setTyped(labelOf(labels, current));
              e.currentTarget.select();
            }}
            onChange={(e) => setTyped(e.target.value)}
            onBlur={() => setTyped(null)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                submitPage();
              }
            }}
            data-testid="preview-goto"
          />
        </label>
        <span className="preview-position" data-testid="preview-position">
          {t('preview.pageOf', { index: current + 1, pages: count })}
        </span>
        {problem ? (
          <span className="preview-problem" role="alert" data-testid="preview-goto-problem">
            {problem}
          </span>
        ) : null}
        <span className="preview-toolbar-gap" />
        <div className="preview-zoom" role="group">
          <button type="button" className="btn btn-small" onClick={() => changeZoom({ mode: 'fixed', scale: stepZoom(scale, -1) })} title={t('preview.zoomOut')} aria-label={t('preview.zoomOut')} data-testid="preview-zoom-out">
            −
          </button>
          <span className="preview-zoom-value" data-testid="preview-zoom-value">
            {percent}
          </span>
          <button type="button" className="btn btn-small" onClick={() => changeZoom({ mode: 'fixed', scale: stepZoom(scale, 1) })} title={t('preview.zoomIn')} aria-label={t('preview.zoomIn')} data-testid="preview-zoom-in">
            +
          </button>
          <button type="button" className={`btn btn-small${zoom.mode === 'fit' ? ' btn-primary' : ''}`} onClick={() => changeZoom({ mode: 'fit' })} data-testid="preview-zoom-fit">
            {t('preview.zoomFit')}
          </button>
          <button type="button" className={`btn btn-small${zoom.mode === 'fixed' && zoom.scale === 1 ? ' btn-primary' : ''}`} onClick={() => changeZoom({ mode: 'fixed', scale: 1 })} data-testid="preview-zoom-actual">
            {t('preview.zoomActual')}
          </button>
        </div>
        {actions}
      </div>
      {banner}
      <div className="preview-desk" ref={setScroller} tabIndex={0} data-testid="preview-desk" data-current={current}>
        {viewport.width > 0 ? (
          <div className="preview-column" style={{ width: contentWidth, height: contentHeight }}>
            {sizes.map((size, index) => (
              <PreviewPage
                key={index}
                doc={doc}
                index={index}
                size={size}
                scale={scale}
                top={tops[index] ?? 0}
                left={Math.round((contentWidth - size.width * scale) / 2)}
                near={near.has(index)}
                label={labelOf(labels, index)}
                register={register}
              />
            ))}
          </div>
        ) : null}
      </div>
    </>
  );
}
