/**
 * Which pages are near the viewport: on screen or within one screen height above or below, so the
 * next page is drawn before it scrolls in. One IntersectionObserver watches every page slot.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useNearPages(root: HTMLElement | null): { near: ReadonlySet<number>; register: (element: HTMLElement | null, index: number) => void } {
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set());
  const observer = useRef<IntersectionObserver | null>(null);
  /** Slots that mounted before the observer existed (the root is set after the first render). */
  const slots = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    if (root === null) return;
    const watching = new IntersectionObserver(
      (entries) => {
        setNear((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset['index']);
            if (entry.isIntersecting) next.add(index);
            else next.delete(index);
          }
          return next;
        });
      },
      { root, rootMargin: '100% 0px 100% 0px' },
    );
    observer.current = watching;
    slots.current.forEach((element) => watching.observe(element));
    return () => {
      watching.disconnect();
      observer.current = null;
    };
  }, [root]);

  const register = useCallback((element: HTMLElement | null, index: number) => {
    const previous = slots.current.get(index);
    if (previous === element) return;
    if (previous !== undefined) observer.current?.unobserve(previous);
    if (element === null) {
      slots.current.delete(index);
      return;
    }
    slots.current.set(index, element);
    observer.current?.observe(element);
  }, []);

  return { near, register };
}
