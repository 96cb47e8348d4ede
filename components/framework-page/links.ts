/**
 * Addresses of the framework page (an extension page: its origin differs
 * between installs and browsers, so links are stable within one install).
 * An indicator is `#indicator-<id>` (the element's own id, so the browser
 * scrolls to it and `:target` marks it); a search is `?q=<query>`.
 * Plain TypeScript: the background (address bar) builds these too.
 */
export const FRAMEWORK_PAGE = '/framework.html';
export type FrameworkPageLink = `/framework.html${string}`;

const INDICATOR_PREFIX = 'indicator-';

export function indicatorAnchor(id: string): string {
  return `${INDICATOR_PREFIX}${id}`;
}

/** The page-relative link to an indicator: `framework.html#indicator-<id>`. */
export function indicatorLink(id: string): FrameworkPageLink {
  return `${FRAMEWORK_PAGE}#${indicatorAnchor(id)}`;
}

export function searchLink(query: string): FrameworkPageLink {
  return `${FRAMEWORK_PAGE}?${new URLSearchParams({ q: query }).toString()}`;
}

/** The indicator id in a location hash (`#indicator-<id>`), if any. */
export function indicatorFromHash(hash: string): string | undefined {
  const raw = decodeURIComponent(hash.replace(/^#/, ''));
  return raw.startsWith(INDICATOR_PREFIX) && raw.length > INDICATOR_PREFIX.length ? raw.slice(INDICATOR_PREFIX.length) : undefined;
}

export function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get('q') ?? '';
}
