/**
 * Host access, per site: the one place that reads which sites are granted
 * (the panel, before it asks, and the options page's list) and asks for or
 * gives back access. The panel keeps a copy of the granted patterns so a
 * click on Insert can tell at once whether it must ask: asking again when
 * access is already there costs tens of milliseconds in Chrome.
 */
import { browser } from 'wxt/browser';
import { MatchPattern } from 'wxt/utils/match-patterns';

/** The host patterns granted now (optional ones the officer allowed, and any the manifest declares). */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Calls `listener` whenever site access is granted or taken back; returns a function that stops listening. */
export function onSiteAccessChange(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

let granted: MatchPattern[] = [];
let watching = false;

function toPatterns(origins: string[]): MatchPattern[] {
  return origins.flatMap((origin) => {
    try {
      return [new MatchPattern(origin)];
    } catch {
      return []; // a pattern this browser grants but the parser does not know: it is simply not counted
    }
  });
}

export function watchSiteAccess(): void {
  if (watching) return;
  watching = true;
  const update = () => {
    grantedOrigins().then(
      (origins) => {
        granted = toPatterns(origins);
      },
      () => undefined,
    );
  };
  update();
  onSiteAccessChange(update);
}

/** Known to be granted already (from the cached copy). */
export function hasSiteAccess(url: string): boolean {
  return granted.some((pattern) => pattern.includes(url));
}

/** Asks for access to the site (must run inside the officer's click). Resolves true when granted. */
export function requestSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}

/** Gives access to a site back. Resolves true when it was removed. */
export function revokeSiteAccess(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}
