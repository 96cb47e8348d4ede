/**
 * The techniques that run in the page's own world: editors' APIs live
 * there, and events dispatched there carry data the page may read. Only
 * parts import it (the page-world bridge and its schema stay out of the
 * core).
 */
import { callPageWorld } from '../page-bridge';
import type { PageOperation } from '../contract/page-world';
import { beforeInputPaste, beforeInputPastePlain, eventTarget, pastePlain, pasteRich } from './shared';
import type { Technique } from './types';

export interface PageWorldOptions {
  /** Reported name; `<op> API` when absent. */
  name?: string;
  /** The answer says only that the page cancelled the event (see Technique.claims). */
  claims?: boolean;
  /** The HTML as this operation needs it at `host` (for example htmlForInsert, for the browser's insertHTML); `''` sends plain text only. */
  shape?: (host: HTMLElement, html: string) => string;
}

/** Asks the page-world function for `op` at the caret; skipped when the panel could not start it there. */
export function pageWorld(op: PageOperation, { name = `${op} API`, claims, shape }: PageWorldOptions = {}): Technique {
  return {
    name,
    apply: ({ target, text, html, pageChannel }) =>
      pageChannel !== undefined &&
      callPageWorld(eventTarget(target.element), pageChannel, { op, text, html: shape ? shape(target.element, html) : html })?.ok === true,
    ...(claims ? { claims } : {}),
  };
}

/** Plain text only: the event carries no text/html (Draft.js and Slate take the text as the officer's plain paste). */
const textOnly = (): string => '';

/**
 * The shared event techniques (adapters/shared.ts) sent from the page's own
 * world, under the same names: to the editor they are the same events, and
 * there their data belongs to the page. Firefox gives the page a content
 * script's paste and beforeinput without their data (SYNTHETIC_PASTE_CARRIES_DATA),
 * so its editor parts use these; each still says only that the editor
 * cancelled the event, and the field is read back.
 */
export const pagePasteRich = pageWorld('paste', { name: pasteRich.name, claims: true });
export const pagePastePlain = pageWorld('paste', { name: pastePlain.name, claims: true, shape: textOnly });
export const pageBeforeInputPaste = pageWorld('beforeinput', { name: beforeInputPaste.name, claims: true });
export const pageBeforeInputPastePlain = pageWorld('beforeinput', { name: beforeInputPastePlain.name, claims: true, shape: textOnly });
