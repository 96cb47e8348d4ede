/**
 * The draftjs part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/draftjs.ts), it brings the
 * editor's techniques.
 */
import { pagePastePlain } from './content/adapters/page-api';
import { pastePlain, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

/** Firefox (a content script's paste arrives empty): the same plain-text paste from the page's world. */
export function draftjsTechniques(contentEventsCarryData = SYNTHETIC_PASTE_CARRIES_DATA): Technique[] {
  return contentEventsCarryData ? [pastePlain] : [pagePastePlain];
}

export default defineUnlistedScript(() => {
  registerEditor('draftjs', draftjsTechniques());
});
