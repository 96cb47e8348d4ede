/**
 * The quill part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/quill.ts), it brings the
 * editor's techniques.
 */
import { pageWorld } from './content/adapters/page-api';
import { pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function quillTechniques(): Technique[] {
  return SYNTHETIC_PASTE_CARRIES_DATA ? [pageWorld('quill'), pasteRich] : [pageWorld('quill')];
}

export default defineUnlistedScript(() => {
  registerEditor('quill', quillTechniques());
});
