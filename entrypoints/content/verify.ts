/**
 * Reading a field back after an insertion, to know whether the text arrived
 * before trying anything else. Rich editors re-render asynchronously (React
 * based ones especially), so the check watches for a short while.
 */
import { isTextField, type TextField } from './editable';

/** Whitespace-free text: editors turn line breaks into paragraphs, so only the characters are compared. */
function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** Parts of a text that must all appear (more often than before) for it to have arrived. */
type Signature = string[];

export interface Snapshot {
  /** For text fields: the exact value expected after inserting. */
  expected?: string;
  /** For rich editors: signatures of the text (plain, and as the HTML renders) and how often each appeared before. */
  signatures?: { parts: Signature; before: number }[];
}

/** The first and last stretch of a text stand for the whole; editors may restyle what is between. */
function signatureOf(text: string): Signature {
  const squashed = squash(text);
  return squashed.length > 60 ? [squashed.slice(0, 30), squashed.slice(-30)] : [squashed];
}

/** What to look for after inserting `text` (or `html`) into `element`. */
export function snapshot(element: HTMLElement | TextField, text: string, html: string, start?: number, end?: number): Snapshot {
  if (isTextField(element)) {
    const from = start ?? element.value.length;
    const to = end ?? from;
    return { expected: element.value.slice(0, from) + text + element.value.slice(to) };
  }
  const template = element.ownerDocument.createElement('template');
  template.innerHTML = html;
  const candidates = [signatureOf(text), signatureOf(template.content.textContent)].filter((parts) => parts[0]);
  return { signatures: candidates.map((parts) => ({ parts, before: signatureCount(element, parts) })) };
}

function signatureCount(element: HTMLElement, parts: Signature): number {
  const squashed = squash(element.textContent);
  return Math.min(...parts.map((part) => occurrences(squashed, part)));
}

export function arrived(element: HTMLElement | TextField, before: Snapshot): boolean {
  if (isTextField(element)) return element.value === before.expected;
  return (before.signatures ?? []).some(({ parts, before: count }) => signatureCount(element, parts) > count);
}

const POLL_DELAYS_MS = [0, 16, 34, 50, 100, 150];
/** An editor that took the text (cancelled our event) may draw it later than one frame: it gets longer. */
const CLAIMED_EXTRA_DELAYS_MS = [150, 200, 300];

/** With no change at all in the field for this long, nothing is coming: fall back without waiting out the rest. */
export const QUIET_GIVE_UP_MS = 100;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Changes {
  /** Whether anything in and under the element changed since watching began. */
  changed(): boolean;
  /** Resolves at the next change, or after `ms`, whichever comes first. */
  nextChange(ms: number): Promise<void>;
  stop(): void;
}

/** Watches `element` for changes (for rich editors; a text field's value is not in the DOM, so there only the time passes). */
function watchChanges(element: HTMLElement | TextField): Changes {
  if (isTextField(element) || typeof MutationObserver === 'undefined') return { changed: () => true, nextChange: wait, stop: () => undefined };
  let seen = false;
  let wake: (() => void) | undefined;
  const observer = new MutationObserver(() => {
    seen = true;
    wake?.();
  });
  observer.observe(element, { subtree: true, childList: true, characterData: true });
  return {
    changed: () => seen || observer.takeRecords().length > 0,
    nextChange: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done(): void {
          clearTimeout(timer);
          wake = undefined;
          resolve();
        }
        wake = done;
      }),
    stop: () => {
      wake?.();
      observer.disconnect();
    },
  };
}

/**
 * Watches for the text: up to ~350 ms, long enough for editors that render
 * on the next frame or task, and a rich field whose DOM has not changed at
 * all within QUIET_GIVE_UP_MS is taken to have ignored the attempt. When the
 * editor `claimed` it (cancelled our event), up to ~1 s and no early
 * give-up. A rich field is read again as soon as its DOM changes, not only
 * at the next poll, so an editor that draws a moment later is seen then.
 */
export async function arrivedSoon(element: HTMLElement | TextField, before: Snapshot, claimed = false): Promise<boolean> {
  if (arrived(element, before)) return true;
  const started = performance.now();
  const changes = watchChanges(element);
  const delays = claimed ? [...POLL_DELAYS_MS, ...CLAIMED_EXTRA_DELAYS_MS] : POLL_DELAYS_MS;
  try {
    let deadline = started;
    for (const delay of delays) {
      deadline += delay;
      do {
        await changes.nextChange(Math.max(0, deadline - performance.now()));
        if (arrived(element, before)) return true;
      } while (performance.now() < deadline);
      if (!claimed && !changes.changed() && performance.now() - started >= QUIET_GIVE_UP_MS) return false;
    }
    return false;
  } finally {
    changes.stop();
  }
}

/** Whether the text is still there a frame later: an editor that reverts changes it did not make takes it out again. */
export async function keptAfterFrame(element: HTMLElement | TextField, before: Snapshot): Promise<boolean> {
  await wait(16);
  return arrived(element, before);
}
