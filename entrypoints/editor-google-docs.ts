/**
 * The google-docs part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/google-docs.ts), it brings the
 * editor's techniques.
 */
import { pagePasteRich } from './content/adapters/page-api';
import { SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { dispatchPaste } from './content/techniques';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

const NAME = 'paste event in the text-event frame';

/**
 * Docs draws on a canvas, so the paste it cancelled is the only sign it took
 * the text ('trusted'). Firefox (a content script's paste arrives empty, and
 * Docs would cancel it all the same): the same paste from the page's world,
 * whose data Docs reads.
 */
export function googleDocsTechniques(contentEventsCarryData = SYNTHETIC_PASTE_CARRIES_DATA): Technique[] {
  return [
    contentEventsCarryData
      ? { name: NAME, apply: ({ target, text, html }) => (dispatchPaste(target.element, { text, html }) ? 'trusted' : false) }
      : { name: NAME, apply: (job) => (pagePasteRich.apply(job) === true ? 'trusted' : false) },
  ];
}

export default defineUnlistedScript(() => {
  registerEditor('google-docs', googleDocsTechniques());
});
