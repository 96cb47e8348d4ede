/**
 * The insertion content script. It is in no page until the panel needs it
 * (the officer's first Insert): the panel injects it into every frame of
 * that tab with `scripting.executeScript({ files: ['/insertion.js'] })`
 * (entrypoints/insertion.ts, which calls startInsertion). It is
 * an unlisted script, so the manifest declares no content script and asks
 * for no hosts, and nothing announces it to the page (WXT's content-script
 * wrapper would post a start-up message). It remembers where the caret was,
 * answers the contract's requests (contract/protocol.ts) and tells the panel
 * when the field in hand changes. It is the small core: an editor's own
 * techniques and the draft check's page reading arrive in parts of their
 * own, injected only where needed (parts.ts).
 */
import { push, serveRequests } from './contract/serve';
import { describeTarget, insert, probe } from './insert';
import { pageTextPart } from './parts';
import { onTargetChange, startTracking } from './tracker';

/** Set on the isolated world's global (invisible to the page) so a second injection does nothing. */
interface GuardedGlobal {
  __svaInsertion?: true;
}

/** Starts the content script in this frame, once. */
export function startInsertion(): void {
  const scope = globalThis as GuardedGlobal;
  if (scope.__svaInsertion) return;
  scope.__svaInsertion = true;
  onTargetChange(() => {
    push('targetChanged', describeTarget());
  });
  startTracking();
  serveRequests({
    probe: () => probe(),
    insert,
    // The draft check injects its part with the core (entrypoints/page-text.ts).
    pageText: (request) => pageTextPart().pageText(request),
    showEvidence: (request) => pageTextPart().showEvidence(request),
  });
}
