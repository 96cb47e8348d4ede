/**
 * The techniques that run in the page's own world: editors' APIs live
 * there, and events dispatched there carry data the page may read. Only
 * parts import it (the page-world bridge and its schema stay out of the
 * core).
 */
import { callPageWorld } from '../page-bridge';
import type { PageOperation } from '../contract/page-world';
import { eventTarget } from './shared';
import type { Technique } from './types';

export interface PageWorldOptions {
  /** Reported name; `<op> API` when absent. */
  name?: string;
  /** The answer says only that the page cancelled the event (see Technique.claims). */
  claims?: boolean;
  /** The HTML as this operation needs it at `host` (for example htmlForInsert, for the browser's insertHTML). */
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
