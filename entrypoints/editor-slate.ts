/** The slate part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { slateTechniques } from './content/adapters/slate';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('slate', slateTechniques());
});
