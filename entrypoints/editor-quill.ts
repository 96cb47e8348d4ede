/** The quill part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { quillTechniques } from './content/adapters/quill';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('quill', quillTechniques());
});
