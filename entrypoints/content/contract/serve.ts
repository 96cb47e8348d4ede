/**
 * The content script's half of messaging (messaging.ts has the pages'
 * half): answer the panel's requests, push news of the field in hand. It
 * uses no zod, so the core script stays small (zod alone would be more than
 * half of it): the requests it answers come only from this extension's own
 * pages (checked by sender), and their shapes are checked by hand
 * (request-guard.ts), a check a unit test holds to the zod schemas of
 * protocol.ts, which remain the contract. Everything the pages receive back
 * is parsed with zod there.
 */
// The browser's own API, not the promise polyfill: MV3 returns promises in Chrome and Firefox.
import { browser, type Browser } from '@wxt-dev/browser';
import { envelope } from './envelope';
import { parseRequest } from './request-guard';
import type { PushData, PushName, RequestData, RequestName, ResponseData } from './protocol';

export type RequestHandlers = { [N in RequestName]: (data: RequestData<N>) => ResponseData<N> | Promise<ResponseData<N>> };

/** Only the extension's own pages may ask: a message from anywhere else is ignored. */
export function fromThisExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** The content script's side: answers each valid request with its handler. */
export function serveRequests(handlers: RequestHandlers): void {
  // sendResponse + `return true` answers asynchronously in every browser, with or without the polyfill.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (answer: unknown) => void) => {
    const request = parseRequest(message);
    if (!request || !fromThisExtension(sender)) return false;
    // The map ties each name to its handler; TypeScript cannot follow the pairing through a union of names.
    const handler = handlers[request.name] as (value: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(request.data))
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
