/** The ckeditor5 part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { ckeditor5Techniques } from './content/adapters/ckeditor5';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('ckeditor5', ckeditor5Techniques());
});
