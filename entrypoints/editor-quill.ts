/**
 * The quill part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/quill.ts), it brings the
 * editor's techniques.
 */
import { pagePasteRich, pageWorld } from './content/adapters/page-api';
import { pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

/** Firefox (a content script's paste arrives empty): after Quill's API, the same paste from the page's world. */
export function quillTechniques(contentEventsCarryData = SYNTHETIC_PASTE_CARRIES_DATA): Technique[] {
  return [pageWorld('quill'), contentEventsCarryData ? pasteRich : pagePasteRich];
}

export default defineUnlistedScript(() => {
  registerEditor('quill', quillTechniques());
});
