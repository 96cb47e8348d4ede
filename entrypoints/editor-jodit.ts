/**
 * The jodit part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/jodit.ts), it brings the
 * editor's techniques.
 */
import { execHtmlJoined, htmlForInsert } from './content/adapters/shared';
import { pageWorld } from './content/adapters/page-api';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function joditTechniques(): Technique[] {
  // The browser's insertHTML, asked from the page's world so Jodit's history
  // records the insertion as a step of its own (contract/page-world.ts).
  return [pageWorld('jodit', { shape: htmlForInsert }), execHtmlJoined];
}

export default defineUnlistedScript(() => {
  registerEditor('jodit', joditTechniques());
});
