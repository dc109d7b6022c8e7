/**
 * The editor area is one scroller shared by every section the single view shows. When it shows
 * another section (selected, or the next one after a delete) or a new copy of the same one (a
 * restored version, a merge), the old scroll offset means nothing there and left the author
 * looking at the empty bottom of a short page: the new content starts at its top.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** `key` null: the scroller is someone else's to place (the whole-report view jumps on its own). */
export function useScrollResetOn(scroller: RefObject<HTMLElement | null>, key: string | null): void {
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && key !== null) element.scrollTop = 0;
  }, [scroller, key]);
}
