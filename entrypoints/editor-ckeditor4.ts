/** The ckeditor4 part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { ckeditor4Techniques } from './content/adapters/ckeditor4';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('ckeditor4', ckeditor4Techniques());
});
