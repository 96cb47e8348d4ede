/** The summernote part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { summernoteTechniques } from './content/adapters/summernote';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('summernote', summernoteTechniques());
});
