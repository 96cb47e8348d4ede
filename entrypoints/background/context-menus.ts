/**
 * Right-click menus: look up or check selected text, or insert into the
 * field right-clicked. Each writes an intent for the panel
 * (components/storage/panel-intent.ts) and opens the panel at once, inside
 * the click (the browsers refuse to open it later). The click grants
 * activeTab, so no host permission is needed until the officer inserts;
 * for "Insert social value wording…" the content script is injected into the
 * frame clicked, so the panel knows the field (its label and limit) at once.
 */
import { browser, type Browser } from 'wxt/browser';
import { sendPanelIntent, type PanelIntent } from '../../components/storage/panel-intent';
import { INSERTION_SCRIPT } from '../content/contract/protocol';
import type { BackgroundFeature } from './feature';
import { openPanel } from './panel-opening';


/** The longest selection sent as a search: a search is a few words, not a page. */
export const MAX_LOOKUP = 200;

export const MENU_IDS = ['sva-lookup', 'sva-check', 'sva-insert-here'] as const;
export type MenuId = (typeof MENU_IDS)[number];

type ContextType = `${Browser.contextMenus.ContextType}`;

export const MENUS: readonly { id: MenuId; title: string; contexts: [ContextType, ...ContextType[]] }[] = [
  // %s is the selection, shortened by the browser to fit the menu.
  { id: 'sva-lookup', title: 'Look up ‘%s’ in the Social Value Framework', contexts: ['selection'] },
  { id: 'sva-check', title: 'Check this selection against the framework', contexts: ['selection'] },
  { id: 'sva-insert-here', title: 'Insert social value wording…', contexts: ['editable'] },
];

function isMenuId(id: unknown): id is MenuId {
  return typeof id === 'string' && (MENU_IDS as readonly string[]).includes(id);
}

/** The intent a menu click sends, or undefined when it has nothing to act on. */
export function intentForClick(info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>): PanelIntent | undefined {
  if (!isMenuId(info.menuItemId)) return undefined;
  const selected = (info.selectionText ?? '').replace(/\s+/g, ' ').trim();
  switch (info.menuItemId) {
    case 'sva-lookup':
      return selected ? { kind: 'lookup', query: selected.slice(0, MAX_LOOKUP).trimEnd() } : undefined;
    case 'sva-check':
      return selected ? { kind: 'check', text: selected } : undefined;
    case 'sva-insert-here':
      return { kind: 'insert-here' };
  }
}

/** Handles one click. Synchronous up to opening the panel, as the browsers require. */
export function handleMenuClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): void {
  const intent = intentForClick(info);
  if (!intent) return;
  // Not awaited: the panel reads the intent when it starts, or sees it arrive.
  sendPanelIntent(intent, tab?.windowId).catch((error: unknown) => {
    console.error('Social Value Assistant: could not pass the request to the panel', error);
  });
  openPanel(tab?.id);
  if (intent.kind === 'insert-here' && tab?.id !== undefined) {
    // activeTab (granted by this click) lets the script in without a host permission.
    browser.scripting
      .executeScript({ target: { tabId: tab.id, frameIds: [info.frameId ?? 0] }, files: [INSERTION_SCRIPT] })
      .catch(() => undefined); // a page no extension may reach: the panel says so when the officer inserts
  }
}

/** (Re)creates the menus; run on install and update (Chrome keeps them between starts). */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const menu of MENUS) browser.contextMenus.create({ ...menu });
}

export const contextMenus: BackgroundFeature = {
  name: 'context-menus',
  start() {
    browser.runtime.onInstalled.addListener(() => {
      createMenus().catch((error: unknown) => {
        console.error('Social Value Assistant: could not add the right-click menus', error);
      });
    });
    browser.contextMenus.onClicked.addListener(handleMenuClick);
  },
};
