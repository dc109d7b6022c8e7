/**
 * Where a page may go. The window shows one page, our renderer, for its whole life: every
 * navigation a page starts (a link, a form, location = …, a frame) is refused unless it lands on
 * exactly that page again, and redirects are refused outright (our protocol never redirects, so a
 * redirect can only come from somewhere we never meant to load). Print windows load by
 * loadURL, which these events do not see, and are refused every navigation of their own.
 */
export type NavigationEvent = 'will-navigate' | 'will-frame-navigate' | 'will-redirect';

export interface NavigationRequest {
  readonly event: NavigationEvent;
  readonly url: string;
  /** For will-frame-navigate: whether the frame is the top one (we never show sub-frames). */
  readonly isMainFrame?: boolean;
}

export function navigationAllowed(request: NavigationRequest, rendererUrl: string): boolean {
  if (request.event === 'will-redirect') return false;
  if (request.event === 'will-frame-navigate' && request.isMainFrame !== true) return false;
  return sameDocument(request.url, rendererUrl);
}

/** The renderer page itself (a reload), ignoring a #fragment; never another path, query or origin. */
function sameDocument(url: string, rendererUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(rendererUrl);
    return target.protocol === own.protocol && target.host === own.host && target.pathname === own.pathname && target.search === '' && target.username === '' && target.password === '';
  } catch {
    return false;
  }
}
