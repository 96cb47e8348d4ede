/**
 * The prosemirror part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/prosemirror.ts), it brings the
 * editor's techniques.
 */
import { pagePasteRich } from './content/adapters/page-api';
import { execHtml, pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

/**
 * Firefox (a content script's paste arrives empty): the same paste from the
 * page's world. No insertHTML after it there: Firefox's leaves the last
 * paragraph a line of its own, so the officer pastes (the sign's pasteWhenAllFail).
 */
export function prosemirrorTechniques(contentEventsCarryData = SYNTHETIC_PASTE_CARRIES_DATA): Technique[] {
  return contentEventsCarryData ? [pasteRich, execHtml] : [pagePasteRich];
}

export default defineUnlistedScript(() => {
  registerEditor('prosemirror', prosemirrorTechniques());
});
