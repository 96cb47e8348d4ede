/**
 * Asks the page-world function (contract/page-world.ts) to insert with an
 * editor's own API: a DOM event on the target element, answered
 * synchronously by another event on the same element.
 */
import { ANSWER_SUFFIX, PageAnswerSchema, type PageAnswer, type PageRequest } from './contract/page-world';

/** `undefined` when nothing answered (the function is not in the page, or was blocked). */
export function callPageWorld(target: Element, channel: string, request: PageRequest): PageAnswer | undefined {
  let answer: PageAnswer | undefined;
  const onAnswer = (event: Event) => {
    const detail: unknown = (event as CustomEvent<unknown>).detail;
    if (typeof detail !== 'string') return;
    try {
      const parsed = PageAnswerSchema.safeParse(JSON.parse(detail));
      answer = parsed.success ? parsed.data : { ok: false, reason: 'malformed answer' };
    } catch {
      answer = { ok: false, reason: 'unreadable answer' };
    }
  };
  const answerEvent = channel + ANSWER_SUFFIX;
  target.addEventListener(answerEvent, onAnswer);
  try {
    target.dispatchEvent(new CustomEvent(channel, { bubbles: true, composed: true, detail: JSON.stringify(request) }));
  } finally {
    target.removeEventListener(answerEvent, onAnswer);
  }
  return answer;
}
