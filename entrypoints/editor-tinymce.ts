/** The tinymce part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { tinymceTechniques } from './content/adapters/tinymce';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('tinymce', tinymceTechniques());
});
