/**
 * Opening the panel: the toolbar button and its shortcut (Alt+Shift+S,
 * changeable in the browser's shortcut settings), and `openPanel` for the
 * other features (context menus). The panel focuses its search box when it
 * opens, so the shortcut lands the officer in the search box.
 *
 * Both browsers accept opening the panel only straight from the officer's
 * action: `openPanel` must be called synchronously in the event handler,
 * with no await before it.
 */
import { browser } from 'wxt/browser';
import type { BackgroundFeature } from './feature';

/** Firefox's sidebar API, which Chrome's type definitions do not describe. */
interface SidebarActionApi {
  sidebarAction?: { toggle(): Promise<void>; open(): Promise<void> };
}

const firefox = () => (browser as unknown as SidebarActionApi).sidebarAction;

function report(what: string) {
  return (error: unknown) => {
    console.error(`Social Value Assistant: could not ${what}`, error);
  };
}

/** Opens the panel beside `tabId` (Chrome/Edge) or the sidebar (Firefox). Call synchronously in a user action. */
export function openPanel(tabId: number | undefined): void {
  if (import.meta.env.BROWSER === 'firefox') {
    firefox()?.open().catch(report('open the sidebar'));
    return;
  }
  if (tabId === undefined || tabId < 0) return;
  browser.sidePanel.open({ tabId }).catch(report('open the side panel'));
}

export const panelOpening: BackgroundFeature = {
  name: 'panel-opening',
  start() {
    if (import.meta.env.BROWSER === 'firefox') {
      // Firefox: the toolbar button toggles the sidebar (its shortcut is _execute_sidebar_action).
      browser.action.onClicked.addListener(() => {
        firefox()?.toggle().catch(report('toggle the sidebar'));
      });
    } else {
      // Chrome and Edge: the toolbar button (and its shortcut, _execute_action) opens the side panel.
      browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(report('set the side panel to open from the toolbar'));
    }
  },
};
