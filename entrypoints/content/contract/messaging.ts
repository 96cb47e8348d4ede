/**
 * Sending and receiving the contract's messages (protocol.ts), both sides:
 * `askFrame` (a page asks one frame) and `serveRequests` (the content script
 * answers); `push` (a frame tells) and `onPush` (a page listens). Each
 * parses what arrives with the message's zod schema and drops anything
 * malformed, so no caller handles raw messages.
 */
// The browser's own API, not the promise polyfill: both halves run in MV3
// (Chrome and Firefox), where it returns promises, and the content script
// stays small.
import { browser, type Browser } from '@wxt-dev/browser';
import {
  EnvelopeSchema,
  PUSHES,
  REQUESTS,
  envelope,
  isPushName,
  isRequestName,
  parseResponse,
  type PushData,
  type PushName,
  type RequestData,
  type RequestName,
  type ResponseData,
} from './protocol';

/** Asks the content script in one frame; `undefined` when the frame is gone, has no script, or answers out of shape. */
export async function askFrame<N extends RequestName>(tabId: number, frameId: number, name: N, data: RequestData<N>): Promise<ResponseData<N> | undefined> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, envelope(name, data), { frameId });
    return parseResponse(name, answer);
  } catch {
    return undefined;
  }
}

export type RequestHandlers = { [N in RequestName]: (data: RequestData<N>) => ResponseData<N> | Promise<ResponseData<N>> };

/** Only the extension's own pages may ask: a message from anywhere else is ignored. */
function fromThisExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** The content script's side: answers each valid request with its handler. */
export function serveRequests(handlers: RequestHandlers): void {
  // sendResponse + `return true` answers asynchronously in every browser, with or without the polyfill.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
    const parsed = EnvelopeSchema.safeParse(message);
    if (!parsed.success || !isRequestName(parsed.data.name) || !fromThisExtension(sender)) return false;
    const name = parsed.data.name;
    const data = REQUESTS[name].request.safeParse(parsed.data.data);
    if (!data.success) return false;
    // The map ties each name to its handler; TypeScript cannot follow the pairing through a union of names.
    const handler = handlers[name] as (value: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(data.data))
      .then(sendResponse, () => {
        sendResponse(null); // parsed as "no answer" by askFrame
      });
    return true;
  });
}

/** Tells the extension's pages something from this frame. Nobody listening (the panel is closed) is not an error. */
export function push<N extends PushName>(name: N, data: PushData<N>): void {
  browser.runtime.sendMessage(envelope(name, data)).catch(() => undefined);
}

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
