/**
 * 全文: which section is at the top of the view as the report scrolls, so the outline can follow
 * (as Word's navigation pane does). The section whose start is the last one at or above a line a
 * little below the top of the view; before the first section starts, the first.
 */
import { useEffect } from 'react';

/** How far below the top edge the reading line is (px): a section's strip just scrolled in counts. */
export const READING_LINE = 80;

/** Pure: the section at the reading line, from each section's top relative to the view's top. */
export function sectionAtTop(tops: readonly { readonly id: string; readonly top: number }[], line = READING_LINE): string | null {
  let current: string | null = tops[0]?.id ?? null;
  for (const { id, top } of tops) {
    if (top <= line) current = id;
    else break;
  }
  return current;
}

/** Calls `onInView` with the section at the top whenever it changes while `root` scrolls. */
export function useScrollSpy(root: HTMLElement | null, onInView: ((id: string) => void) | undefined): void {
  useEffect(() => {
    if (root === null || onInView === undefined) return undefined;
    let frame = 0;
    let last: string | null = null;
    const measure = (): void => {
      frame = 0;
      const rootTop = root.getBoundingClientRect().top;
      const tops = Array.from(root.querySelectorAll<HTMLElement>('section[data-section-start]'), (el) => ({ id: el.dataset.nodeId ?? '', top: el.getBoundingClientRect().top - rootTop }));
      const id = sectionAtTop(tops);
      if (id !== null && id !== last) {
        last = id;
        onInView(id);
      }
    };
    const onScroll = (): void => {
      // Once per frame, however fast the wheel turns.
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    measure();
    return () => {
      root.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [root, onInView]);
}
