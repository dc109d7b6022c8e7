/**
 * One page of the preview: a white sheet of the page's exact size with its label underneath. The
 * canvas exists only while the page is near the viewport (`near`): a page that scrolls far away gives
 * its pixels back, so 200 pages cost no more than the few on screen. At a new zoom the old drawing
 * stays, stretched, until the sharp one is ready, so zooming never flashes white.
 */
import { memo, useEffect, useRef } from 'react';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { PageSize } from './pdf-loader';

interface PreviewPageProps {
  readonly doc: PDFDocumentProxy;
  readonly index: number;
  readonly size: PageSize;
  readonly scale: number;
  readonly top: number;
  readonly left: number;
  readonly near: boolean;
  readonly label: string;
  readonly register: (element: HTMLElement | null, index: number) => void;
}

/** Canvas pixels per CSS pixel: sharp on HiDPI screens, but a page never beyond ~16 M pixels. */
function pixelRatio(size: PageSize, scale: number): number {
  const ratio = window.devicePixelRatio || 1;
  const area = size.width * size.height * scale * scale * ratio * ratio;
  return area > 16e6 ? ratio * Math.sqrt(16e6 / area) : ratio;
}

function release(canvas: HTMLCanvasElement): void {
  // Zero size frees the backing store at once instead of at the next garbage collection.
  canvas.width = 0;
  canvas.height = 0;
  canvas.remove();
}

export const PreviewPage = memo(function PreviewPage({ doc, index, size, scale, top, left, near, label, register }: PreviewPageProps) {
  const sheet = useRef<HTMLDivElement>(null);
  const wasNear = useRef(false);
  const width = Math.round(size.width * scale);
  const height = Math.round(size.height * scale);

  useEffect(() => {
    const host = sheet.current;
    if (host === null) return;
    if (!near) {
      host.querySelectorAll('canvas').forEach(release);
      host.dataset['drawn'] = 'false';
      return;
    }
    let task: RenderTask | null = null;
    let stopped = false;
    const canvas = document.createElement('canvas');
    void (async () => {
      try {
        const page = await doc.getPage(index + 1);
        if (stopped) return;
        const ratio = pixelRatio(size, scale);
        const viewport = page.getViewport({ scale: scale * (96 / 72) * ratio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        const context = canvas.getContext('2d', { alpha: false });
        if (context === null) return;
        task = page.render({ canvasContext: context, viewport });
        await task.promise;
        if (stopped) return;
        host.querySelectorAll('canvas').forEach(release);
        host.appendChild(canvas);
        host.dataset['drawn'] = 'true';
      } catch {
        // Cancelled by a new zoom or by scrolling away; a broken page stays white.
        release(canvas);
      }
    })();
    return () => {
      stopped = true;
      task?.cancel();
      if (!host.contains(canvas)) release(canvas);
    };
  }, [doc, index, size, scale, near]);

  useEffect(() => {
    if (near) {
      wasNear.current = true;
      return;
    }
    if (!wasNear.current) return;
    wasNear.current = false;
    // Gone far away and no longer drawing: let pdf.js drop the page's parsed content and images too.
    void doc
      .getPage(index + 1)
      .then((page) => page.cleanup())
      .catch(() => undefined);
  }, [doc, index, near]);

  return (
    <div className="preview-slot" style={{ top, left, width }} ref={(element) => register(element, index)} data-index={index} data-testid="preview-page">
      <div className="preview-sheet" ref={sheet} style={{ width, height }} data-drawn="false" />
      <div className="preview-page-label" data-testid="preview-page-label">
        {label}
      </div>
    </div>
  );
});
