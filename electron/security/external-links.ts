/**
 * Which links leave the app for the system browser: https links to a few hosts we name, and only
 * after the user has seen the address and said yes. shell.openExternal hands a URL to whatever
 * program the system binds to it, so a link from a page or a project (file:, smb:, a custom
 * scheme, a look-alike host) must never reach it unchecked.
 */
import { t } from '../../shared/i18n';

/** Hosts a link may open, matched exactly (no sub-domains): our own site and the ministry's. */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['reportworks.cn', 'www.reportworks.cn', 'www.moe.gov.cn'];

/** The URL to open, normalized, or null when the link is not allowed to leave the app. */
export function externalLinkTarget(url: string, hosts: readonly string[] = EXTERNAL_LINK_HOSTS): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
  if (!hosts.includes(parsed.hostname)) return null;
  return parsed.href;
}

export interface ExternalLinkPrompt {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: readonly [string, string];
  /** Index of the button that opens the link; the default and cancel button is the other one. */
  readonly openButton: 1;
  readonly cancelButton: 0;
}

/** The confirmation shown before an allowed link opens: the full address, "cancel" by default. */
export function externalLinkPrompt(target: string): ExternalLinkPrompt {
  return {
    title: t('externalLink.title'),
    message: t('externalLink.message'),
    detail: target,
    buttons: [t('externalLink.cancel'), t('externalLink.open')],
    openButton: 1,
    cancelButton: 0,
  };
}
