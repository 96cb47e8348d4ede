/**
 * End-to-end build only: the handlers of browser UI that automation cannot
 * click (right-click menus, the address bar) are put on the service
 * worker's global, so tests can call them as the browser would. The
 * shipped builds never define __SVA_E2E__, and this does nothing there.
 */
import { handleMenuClick } from './context-menus';
import { onInputChanged, onInputEntered } from './omnibox';

declare const __SVA_E2E__: boolean | undefined;

export const TEST_HOOKS = { handleMenuClick, onInputChanged, onInputEntered };

export function exposeTestHooks(): void {
  if (typeof __SVA_E2E__ === 'undefined' || !__SVA_E2E__) return;
  (globalThis as { __svaTest?: typeof TEST_HOOKS }).__svaTest = TEST_HOOKS;
  if (import.meta.env.BROWSER === 'firefox') {
    // Firefox will not let a test navigate to moz-extension://, but it may
    // drive a page the extension opened itself. The options page, not the
    // panel: a panel of its own in every test would take intents and inject
    // the content script into the tabs the tests use.
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
    });
  }
}
