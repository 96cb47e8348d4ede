/**
 * The technique of editors whose API lives in the page's own world: only
 * their parts import it (the page-world bridge and its schema stay out of
 * the core).
 */
import { callPageWorld } from '../page-bridge';
import type { PageOperation } from '../contract/page-world';
import { eventTarget } from './shared';
import type { Technique } from './types';

/** Calls the editor's own API in the page's world; skipped when the panel could not start it there. */
export function pageWorld(op: PageOperation): Technique {
  return {
    name: `${op} API`,
    apply: ({ target, text, html, pageChannel }) =>
      pageChannel !== undefined && callPageWorld(eventTarget(target.element), pageChannel, { op, text, html })?.ok === true,
  };
}
