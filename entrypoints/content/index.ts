/**
 * The insertion content script. It is in no page until the officer first
 * presses Insert: the panel injects it into every frame of that tab with
 * `scripting.executeScript` (hence `registration: 'runtime'` and no
 * `matches`, so the manifest asks for no hosts). It remembers where the
 * caret was and inserts there when asked.
 */
import { insert, probe } from './insert';
import { ContentRequestSchema, MESSAGE, type InsertResponse, type ProbeResponse } from './protocol';
import { startTracking } from './tracker';

/** Set on the isolated world's global so a second injection does nothing. */
interface GuardedGlobal {
  __svaInsertion?: true;
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    const scope = globalThis as GuardedGlobal;
    if (scope.__svaInsertion) return;
    scope.__svaInsertion = true;
    startTracking();
    // sendResponse + `return true` answers asynchronously in every browser, with or without the polyfill.
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: ProbeResponse | InsertResponse) => void) => {
      const parsed = ContentRequestSchema.safeParse(message);
      if (!parsed.success) return false;
      if (parsed.data.type === MESSAGE.probe) {
        sendResponse(probe());
        return false;
      }
      insert(parsed.data).then(sendResponse, () => {
        sendResponse({ status: 'failed' });
      });
      return true;
    });
  },
});
