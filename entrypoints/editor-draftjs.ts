/** The draftjs part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { draftjsTechniques } from './content/adapters/draftjs';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('draftjs', draftjsTechniques());
});
