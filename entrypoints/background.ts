import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which Chrome's type definitions do not describe. */
interface SidebarActionApi {
  sidebarAction?: { toggle(): Promise<void> };
}

export default defineBackground(() => {
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
