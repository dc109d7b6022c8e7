/**
 * Which sections of the 全文 view have a live editor. The first screenful mounts at once (so the
 * report is editable within a second of opening it, whatever its length); sections coming near
 * the viewport mount before they are scrolled to; the rest mount one at a time while the browser
 * is idle, so that soon every section is editable and searchable without ever blocking typing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Enough to fill a tall window: a section is rarely shorter than a third of a screen. */
const INITIAL = 3;
/** Mount ahead of scrolling by about a screen and a half. */
const ROOT_MARGIN = '1500px 0px';

export interface LazyMount {
  readonly mounted: ReadonlySet<string>;
  /** Mounts a section now (a jump is about to go there). */
  ensure(id: string): void;
  /** Ref callback for a section's placeholder, observed until the section mounts. */
  observe(element: HTMLElement | null): (() => void) | undefined;
}

export function useLazyMount(order: readonly string[], root: HTMLElement | null): LazyMount {
  const [mounted, setMounted] = useState<ReadonlySet<string>>(() => new Set(order.slice(0, INITIAL)));
  const observer = useRef<IntersectionObserver | null>(null);
  const pendingElements = useRef(new Set<HTMLElement>());

  const ensure = useCallback((id: string) => {
    setMounted((old) => (old.has(id) ? old : new Set([...old, id])));
  }, []);

  useEffect(() => {
    const io = new IntersectionObserver(
      (entries) => {
        const ids = entries.filter((e) => e.isIntersecting).map((e) => (e.target as HTMLElement).dataset.lazyId ?? '');
        if (ids.length > 0) setMounted((old) => new Set([...old, ...ids.filter(Boolean)]));
      },
      { root, rootMargin: ROOT_MARGIN },
    );
    observer.current = io;
    for (const element of pendingElements.current) io.observe(element);
    return () => {
      io.disconnect();
      observer.current = null;
    };
  }, [root]);

  // Idle-time mounting, in reading order, one section per idle slice.
  useEffect(() => {
    const next = order.find((id) => !mounted.has(id));
    if (next === undefined) return undefined;
    const handle = requestIdleCallback(() => ensure(next), { timeout: 1500 });
    return () => cancelIdleCallback(handle);
  }, [order, mounted, ensure]);

  const observe = useCallback((element: HTMLElement | null) => {
    if (!element) return undefined;
    pendingElements.current.add(element);
    observer.current?.observe(element);
    return () => {
      pendingElements.current.delete(element);
      observer.current?.unobserve(element);
    };
  }, []);

  return { mounted, ensure, observe };
}
