/**
 * The lexical part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/lexical.ts), it brings the
 * editor's techniques.
 */
import { pageBeforeInputPaste, pagePasteRich } from './content/adapters/page-api';
import { beforeInputPaste, pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

/** Firefox (a content script's events arrive empty): the same two events from the page's world. */
export function lexicalTechniques(contentEventsCarryData = SYNTHETIC_PASTE_CARRIES_DATA): Technique[] {
  return contentEventsCarryData ? [pasteRich, beforeInputPaste] : [pagePasteRich, pageBeforeInputPaste];
}

export default defineUnlistedScript(() => {
  registerEditor('lexical', lexicalTechniques());
});
