/**
 * Which tab the panel inserts into: the last-focused normal web tab of the
 * panel's window. A panel page opened on its own (its own tab, as the
 * end-to-end tests do, or its own window) skips itself and takes the most
 * recently used other normal tab.
 *
 * The last answer is cached (and refreshed as tabs and windows change) so
 * that a click can ask for host access at once, inside the click: Firefox
 * accepts `permissions.request` only synchronously in a user action.
 */
import { browser, type Browser } from 'wxt/browser';

export type TabInfo = Browser.tabs.Tab;

const EXTENSION_SCHEMES = /^(chrome|moz|ms-browser|safari-web)-extension:/;

function isOwnKind(tab: TabInfo, ownId: number | undefined): boolean {
  return tab.id === ownId || (tab.url !== undefined && EXTENSION_SCHEMES.test(tab.url));
}

let cached: TabInfo | undefined;

export async function findTargetTab(): Promise<TabInfo | undefined> {
  const own = await browser.tabs.getCurrent();
  // In the side panel getCurrent() is undefined and the current window is the panel's.
  const window = await browser.windows.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query(window?.id === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId: window.id });
  if (active && !isOwnKind(active, own?.id)) {
    cached = active;
    return active;
  }
  const others = (await browser.tabs.query({ windowType: 'normal' })).filter((tab) => !isOwnKind(tab, own?.id));
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  cached = others[0];
  return cached;
}

/** The tab found last time, without waiting (may be stale; check with findTargetTab()). */
export function cachedTargetTab(): TabInfo | undefined {
  return cached;
}

let watching = false;

/** Keeps the cache fresh while the panel is open. */
export function watchTargetTab(): void {
  if (watching) return;
  watching = true;
  const refresh = () => {
    void findTargetTab().catch(() => undefined);
  };
  refresh();
  browser.tabs.onActivated.addListener(refresh);
  browser.tabs.onUpdated.addListener(refresh);
  browser.windows.onFocusChanged.addListener(refresh);
}

/** The host-permission pattern for a page's site (all ports and paths). */
export function originPattern(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return `${protocol}//${hostname}/*`;
  } catch {
    return undefined;
  }
}

/**
 * Pages no extension may change: browser pages, extension galleries, the
 * built-in PDF viewer. Inserting there is impossible; the panel copies instead.
 */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (url === undefined) return false; // unknown: we simply lack access yet
  if (!/^https?:/.test(url)) return true;
  const { hostname, pathname } = new URL(url);
  if (hostname === 'chromewebstore.google.com' || (hostname === 'chrome.google.com' && pathname.startsWith('/webstore'))) return true;
  if (hostname === 'microsoftedge.microsoft.com' && pathname.startsWith('/addons')) return true;
  if (hostname === 'addons.mozilla.org') return true;
  return /\.pdf$/i.test(pathname);
}
