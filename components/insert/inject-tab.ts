/**
 * Puts the content script into every frame of a tab, only when the officer
 * acts (Insert, or checking the page): the one place both insertion and the
 * draft check inject, so both say the same thing about pages extensions may
 * not touch and sites the officer has not allowed.
 */
import { browser } from 'wxt/browser';
import { isRestrictedUrl, type TabInfo } from './target-tab';
import { INSERTION_SCRIPT, PAGE_TEXT_SCRIPT } from '../../entrypoints/content/contract/protocol';

export type Injection =
  | { state: 'injected'; tabId: number; frameIds: number[] }
  /** No tab. */
  | { state: 'no-target' }
  /** A browser page, extension gallery or PDF: extensions may not change it. */
  | { state: 'restricted' }
  /** The officer did not allow access to this site (or we could not tell which site it is). */
  | { state: 'denied' };

/** Chrome's wording when a page is off limits to every extension (as opposed to lacking a grant). */
function isRestrictedError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /cannot be scripted|extensions gallery|(chrome|edge|about|devtools|chrome-extension|moz-extension|view-source):/i.test(message);
}

/** What the injection is for: insertion needs the core alone; reading the page (the draft check) also its page-text part. */
export type InjectionPurpose = 'insert' | 'page-text';

/** The files each purpose needs, core first (a part registers itself into the core). */
export function scriptsFor(purpose: InjectionPurpose): (typeof INSERTION_SCRIPT | typeof PAGE_TEXT_SCRIPT)[] {
  return purpose === 'page-text' ? [INSERTION_SCRIPT, PAGE_TEXT_SCRIPT] : [INSERTION_SCRIPT];
}

export async function injectIntoTab(tab: TabInfo | undefined, purpose: InjectionPurpose = 'insert'): Promise<Injection> {
  if (tab?.id === undefined) return { state: 'no-target' };
  if (isRestrictedUrl(tab.url)) return { state: 'restricted' };
  const tabId = tab.id;
  try {
    const injected = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: scriptsFor(purpose) });
    return { state: 'injected', tabId, frameIds: injected.map(({ frameId }) => frameId) };
  } catch (error) {
    if (isRestrictedError(error)) return { state: 'restricted' };
    return tab.url === undefined || /permission|cannot access/i.test(String(error)) ? { state: 'denied' } : { state: 'no-target' };
  }
}
