/**
 * The insertion content script. It is in no page until the panel needs it
 * (the officer's first Insert): the panel injects it into every frame of
 * that tab with `scripting.executeScript` (hence `registration: 'runtime'`
 * and no `matches`, so the manifest asks for no hosts). It remembers where
 * the caret was, answers the contract's requests (contract/protocol.ts:
 * insertion, and the page's text and "Show in page" for the draft check) and
 * tells the panel when the field in hand changes.
 */
import { push, serveRequests } from './contract/messaging';
import { describeTarget, insert, probe } from './insert';
import { pageText, showEvidence } from './page-text';
import { onTargetChange, startTracking } from './tracker';

/** Set on the isolated world's global (invisible to the page) so a second injection does nothing. */
interface GuardedGlobal {
  __svaInsertion?: true;
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  // WXT would otherwise announce the script to the page with window.postMessage.
  noScriptStartedPostMessage: true,
  main() {
    const scope = globalThis as GuardedGlobal;
    if (scope.__svaInsertion) return;
    scope.__svaInsertion = true;
    onTargetChange(() => {
      push('targetChanged', describeTarget());
    });
    startTracking();
    serveRequests({ probe: () => probe(), insert, pageText, showEvidence });
  },
});
