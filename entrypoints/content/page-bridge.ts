/**
 * Calls the page-world helper from the content script. Editors keep their
 * APIs on page objects the isolated world cannot see, so the request goes
 * as a DOM event on the target element (both worlds share the DOM) and the
 * helper answers synchronously with another event on the same element.
 */
import { PAGE_EVENT, type PageOperation, type PageResponse } from './page-events';

/** `undefined` when the helper is not in the page (not injected, or blocked). */
export function callPageWorld(target: Element, op: PageOperation, content: { html: string; text: string }): PageResponse | undefined {
  let response: PageResponse | undefined;
  const onResponse = (event: Event) => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    try {
      const parsed = JSON.parse(detail) as Partial<PageResponse>;
      response = { ok: parsed.ok === true, reason: typeof parsed.reason === 'string' ? parsed.reason : undefined };
    } catch {
      response = { ok: false, reason: 'unreadable answer' };
    }
  };
  target.addEventListener(PAGE_EVENT.response, onResponse);
  try {
    target.dispatchEvent(
      new CustomEvent(PAGE_EVENT.request, { bubbles: true, composed: true, detail: JSON.stringify({ op, ...content }) }),
    );
  } finally {
    target.removeEventListener(PAGE_EVENT.response, onResponse);
  }
  return response;
}
