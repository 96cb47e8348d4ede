/**
 * The word-online part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/word-online.ts), it brings the
 * editor's techniques.
 */
import { pagePasteRich } from './content/adapters/page-api';
import { pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

/** Firefox (a content script's paste arrives empty): the same paste from the page's world, read back. */
export function wordOnlineTechniques(contentEventsCarryData = SYNTHETIC_PASTE_CARRIES_DATA): Technique[] {
  return [contentEventsCarryData ? pasteRich : pagePasteRich];
}

export default defineUnlistedScript(() => {
  registerEditor('word-online', wordOnlineTechniques());
});
