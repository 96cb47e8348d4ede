/**
 * The ckeditor4 part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/ckeditor4.ts), it brings the
 * editor's techniques.
 */
import { execHtml } from './content/adapters/shared';
import { pageWorld } from './content/adapters/page-api';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function ckeditor4Techniques(): Technique[] {
  return [pageWorld('ckeditor4'), execHtml];
}

export default defineUnlistedScript(() => {
  registerEditor('ckeditor4', ckeditor4Techniques());
});
