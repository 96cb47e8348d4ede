/**
 * The tinymce part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/tinymce.ts), it brings the
 * editor's techniques.
 */
import { execHtml } from './content/adapters/shared';
import { pageWorld } from './content/adapters/page-api';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function tinymceTechniques(): Technique[] {
  return [pageWorld('tinymce'), execHtml];
}

export default defineUnlistedScript(() => {
  registerEditor('tinymce', tinymceTechniques());
});
