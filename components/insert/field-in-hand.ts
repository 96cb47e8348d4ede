/**
 * The field the officer is working in, as the panel knows it: when the
 * panel opens (or the officer moves to another tab) it injects the content
 * script into the tab it opened from, if it may (activeTab, from the
 * toolbar button, shortcut or right-click; or a site the officer granted),
 * asks which field holds the caret, and then follows the content script's
 * `targetChanged` pushes. Without access nothing is injected and nothing is
 * suggested until the officer inserts. Plain TypeScript; the panel's hook
 * is use-field-in-hand.ts.
 */
import { browser } from 'wxt/browser';
import { onPush } from '../../entrypoints/content/contract/messaging';
import type { TargetChanged } from '../../entrypoints/content/contract/protocol';
import { reachTab } from './insert-client';
import { findTargetTab } from './target-tab';

export type FieldInHand = TargetChanged;

/** Calls `callback` with the field in hand as it changes (undefined: none). Returns a function that stops. */
export function watchFieldInHand(callback: (field: FieldInHand | undefined) => void): () => void {
  let live = true;
  let tabId: number | undefined;
  const report = (field: FieldInHand | undefined) => {
    if (live) callback(field?.hasTarget ? field : undefined);
  };
  // Listen first: the script, once in, announces the field it finds.
  const stopPush = onPush('targetChanged', (data, source) => {
    if (source.tabId === tabId) report(data);
  });
  const look = async () => {
    const tab = await findTargetTab();
    tabId = tab?.id;
    const reach = await reachTab(tab);
    if (reach.state === 'ready') {
      const { hasTarget, kind, limit, label, question } = reach.target.probe;
      report({ hasTarget, kind, limit, label, question });
    } else report(undefined);
  };
  const refresh = () => {
    void look().catch(() => {
      report(undefined);
    });
  };
  // A page that finishes loading in the tab (a new question page) needs the script again.
  const loaded = (updatedTabId: number, change: { status?: string }) => {
    if (change.status === 'complete') refresh();
  };
  refresh();
  browser.tabs.onActivated.addListener(refresh);
  browser.tabs.onUpdated.addListener(loaded);
  return () => {
    live = false;
    stopPush();
    browser.tabs.onActivated.removeListener(refresh);
    browser.tabs.onUpdated.removeListener(loaded);
  };
}
