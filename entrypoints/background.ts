import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's type definitions do not describe. */
interface SidebarActionApi {
  sidebarAction?: { toggle(): Promise<void> };
}

/** True only in the end-to-end build (`SVA_E2E=1`, see wxt.config.ts); the shipped builds drop the code it guards. */
declare const __SVA_E2E__: boolean;

export default defineBackground(() => {
  if (__SVA_E2E__ && import.meta.env.BROWSER === 'firefox') {
    // End-to-end build only: Firefox will not let a test navigate to
    // moz-extension://, but it may drive a page the extension opened itself.
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
    });
  }
  if (import.meta.env.BROWSER === 'firefox') {
    // Firefox: the toolbar button toggles the sidebar (it must be called
    // straight from the user's click, so no await before it).
    const firefox = browser as unknown as SidebarActionApi;
    browser.action.onClicked.addListener(() => {
      void firefox.sidebarAction?.toggle();
    });
  } else {
    // Chrome and Edge: the toolbar button (and its shortcut) opens the side panel.
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Social Value Assistant: could not set the side panel to open from the toolbar', error);
    });
  }
});
