/**
 * The summernote part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/summernote.ts), it brings the
 * editor's techniques.
 */
import { execHtml } from './content/adapters/shared';
import { pageWorld } from './content/adapters/page-api';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function summernoteTechniques(): Technique[] {
  return [pageWorld('summernote'), execHtml];
}

export default defineUnlistedScript(() => {
  registerEditor('summernote', summernoteTechniques());
});
