/**
 * Host access, per site. The panel keeps a copy of the granted patterns so a
 * click on Insert can tell at once whether it must ask: asking again when
 * access is already there costs tens of milliseconds in Chrome.
 */
import { browser } from 'wxt/browser';

let granted: string[] = [];
let watching = false;

async function refresh(): Promise<void> {
  granted = (await browser.permissions.getAll()).origins ?? [];
}

export function watchSiteAccess(): void {
  if (watching) return;
  watching = true;
  const update = () => {
    refresh().catch(() => undefined);
  };
  update();
  browser.permissions.onAdded.addListener(update);
  browser.permissions.onRemoved.addListener(update);
}

/** Whether a match pattern such as `https://*.example.org/*` covers `url` (scheme and host; every granted pattern covers all paths here). */
export function patternCovers(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp):/.test(url);
  const match = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme, host] = match as unknown as [string, string, string];
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const protocol = target.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return target.hostname === host.slice(2) || target.hostname.endsWith(host.slice(1));
  return target.hostname === host;
}

/** Known to be granted already (from the cached copy). */
export function hasSiteAccess(url: string): boolean {
  return granted.some((pattern) => patternCovers(pattern, url));
}

/** Asks for access to the site (must run inside the officer's click). Resolves true when granted. */
export function requestSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}
