/**
 * The address bar: type `sv`, a space and a query; the top matches appear
 * as suggestions (matched words marked up where the browser allows it:
 * Chrome and Edge take XML with <match>, Firefox plain text). Choosing one
 * opens the framework page at that indicator; pressing Enter on the query
 * itself opens the framework page searching for it. The keyword needs no
 * permission.
 */
import { browser, type Browser } from 'wxt/browser';
import { createSearch, mergeRanges, type FrameworkSearch, type Range, type SearchHit } from '../../framework/search';
import type { Framework } from '../../framework';
import { indicatorLink, searchLink } from '../../components/framework-page/links';
import { loadActiveFramework, watchActiveFramework } from '../../components/storage/active-framework';
import type { BackgroundFeature } from './feature';

export const MAX_SUGGESTIONS = 5;
/** Chrome shows one line: longer descriptions are cut here, at a word. */
export const MAX_DESCRIPTION = 110;

type Markup = 'xml' | 'plain';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c] ?? ''};`);
}

/** Cuts `text` at a word near `max`, keeping the ranges that fall within. */
function shorten(text: string, ranges: readonly Range[], max: number): { text: string; ranges: Range[] } {
  if (text.length <= max) return { text, ranges: [...ranges] };
  const space = text.lastIndexOf(' ', max - 1);
  const end = space > max / 2 ? space : max - 1;
  return {
    text: `${text.slice(0, end)}…`,
    ranges: ranges.filter(([start]) => start < end).map(([start, stop]): Range => [start, Math.min(stop, end)]),
  };
}

/** One suggestion's description: the indicator's wording, matches marked up for Chrome. */
export function describeHit(hit: SearchHit, markup: Markup): string {
  const textRanges = mergeRanges(hit.matches.filter((match) => match.key === 'text').flatMap((match) => match.ranges), hit.indicator.text.length);
  const { text, ranges } = shorten(hit.indicator.text, textRanges, MAX_DESCRIPTION);
  if (markup === 'plain') return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${escapeXml(text.slice(at, start))}<match>${escapeXml(text.slice(start, end))}</match>`;
    at = end;
  }
  return out + escapeXml(text.slice(at));
}

export function suggestionsFor(search: FrameworkSearch, query: string, markup: Markup): Browser.omnibox.SuggestResult[] {
  if (!query.trim()) return [];
  return search.search(query, { limit: MAX_SUGGESTIONS }).map((hit) => ({ content: hit.indicator.id, description: describeHit(hit, markup) }));
}

/** Where Enter takes the officer: the indicator chosen, or a search of the framework page. */
export function destinationFor(framework: Framework, text: string): string {
  const chosen = text.trim();
  const indicator = framework.indicators.find((candidate) => candidate.id === chosen);
  return browser.runtime.getURL(indicator ? indicatorLink(indicator.id) : searchLink(chosen));
}

let current: { framework: Framework; search: FrameworkSearch } | undefined;

async function engine(): Promise<{ framework: Framework; search: FrameworkSearch }> {
  if (!current) {
    const { framework } = await loadActiveFramework();
    current = { framework, search: createSearch(framework) };
  }
  return current;
}

const MARKUP: Markup = import.meta.env.BROWSER === 'firefox' ? 'plain' : 'xml';

export async function onInputChanged(text: string, suggest: (results: Browser.omnibox.SuggestResult[]) => void): Promise<void> {
  suggest(suggestionsFor((await engine()).search, text, MARKUP));
}

export async function onInputEntered(text: string, disposition: `${Browser.omnibox.OnInputEnteredDisposition}`): Promise<void> {
  const url = destinationFor((await engine()).framework, text);
  if (disposition === 'currentTab') await browser.tabs.update({ url });
  else await browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
}

export const omnibox: BackgroundFeature = {
  name: 'omnibox',
  start() {
    void browser.omnibox.setDefaultSuggestion({ description: 'Search the Social Value Framework' });
    browser.omnibox.onInputChanged.addListener((text, suggest) => {
      void onInputChanged(text, suggest);
    });
    browser.omnibox.onInputEntered.addListener((text, disposition) => {
      void onInputEntered(text, disposition);
    });
    // A framework imported while the background runs is searched from then on.
    watchActiveFramework(() => {
      current = undefined;
    });
  },
};
