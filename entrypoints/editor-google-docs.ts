/** The google-docs part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { googleDocsTechniques } from './content/adapters/google-docs';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('google-docs', googleDocsTechniques());
});
