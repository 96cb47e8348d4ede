/**
 * Sending and receiving the contract's messages (protocol.ts), both sides:
 * `askFrame` (a page asks one frame) and `serveRequests` (the content script
 * answers, serve.ts); `push` (a frame tells, serve.ts) and `onPush` (a page
 * listens). The pages parse what arrives with the message's zod schema and
 * drop anything malformed, so no caller handles raw messages; the content
 * script checks its requests by hand (request-guard.ts).
 */
// The browser's own API, not the promise polyfill: MV3 returns promises in Chrome and Firefox.
import { browser, type Browser } from '@wxt-dev/browser';
import { fromThisExtension } from './serve';
import { EnvelopeSchema, PUSHES, envelope, isPushName, parseResponse, type PushData, type PushName, type RequestData, type RequestName, type ResponseData } from './protocol';

/** Asks the content script in one frame; `undefined` when the frame is gone, has no script, or answers out of shape. */
export async function askFrame<N extends RequestName>(tabId: number, frameId: number, name: N, data: RequestData<N>): Promise<ResponseData<N> | undefined> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, envelope(name, data), { frameId });
    return parseResponse(name, answer);
  } catch {
    return undefined;
  }
}

// The content script's half (no zod, for its small core), re-exported for the pages' tests and callers.
export { push, serveRequests, type RequestHandlers } from './serve';

export interface PushSource {
  tabId: number;
  frameId: number;
}

/** A page's side: calls `handler` for each valid push of `name` from a content script. Returns a function that stops listening. */
export function onPush<N extends PushName>(name: N, handler: (data: PushData<N>, source: PushSource) => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
    const parsed = EnvelopeSchema.safeParse(message);
    if (!parsed.success || parsed.data.name !== name || !isPushName(parsed.data.name)) return;
    // Pushes come from content scripts, which run in a tab.
    const tabId = sender.tab?.id;
    if (tabId === undefined || !fromThisExtension(sender)) return;
    const data = PUSHES[name].safeParse(parsed.data.data);
    if (data.success) handler(data.data, { tabId, frameId: sender.frameId ?? 0 });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
  };
}
