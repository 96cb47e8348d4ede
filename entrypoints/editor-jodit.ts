/**
 * The jodit part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/jodit.ts), it brings the
 * editor's techniques.
 */
import { execHtmlJoined, eventTarget, htmlForInsert } from './content/adapters/shared';
import { callPageWorld } from './content/page-bridge';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

/**
 * The browser's insertHTML, asked from the page's world so Jodit's history
 * records the insertion as a step of its own (contract/page-world.ts).
 */
const joditInsertHtml: Technique = {
  name: 'jodit API',
  apply: ({ target, html, pageChannel }) => {
    if (pageChannel === undefined) return false;
    const request = { op: 'jodit', text: '', html: htmlForInsert(target.element, html) } as const;
    return callPageWorld(eventTarget(target.element), pageChannel, request)?.ok === true;
  },
};

export function joditTechniques(): Technique[] {
  return [joditInsertHtml, execHtmlJoined];
}

export default defineUnlistedScript(() => {
  registerEditor('jodit', joditTechniques());
});
