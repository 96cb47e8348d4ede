/**
 * The ckeditor5 part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/ckeditor5.ts), it brings the
 * editor's techniques.
 */
import { pageWorld } from './content/adapters/page-api';
import { pasteRich } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function ckeditor5Techniques(): Technique[] {
  // Chrome's execCommand fires no beforeinput, which CKEditor 5 relies on: never use it here.
  return [pageWorld('ckeditor5'), pasteRich];
}

export default defineUnlistedScript(() => {
  registerEditor('ckeditor5', ckeditor5Techniques());
});
