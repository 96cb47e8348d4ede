/** The jodit part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { joditTechniques } from './content/adapters/jodit';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('jodit', joditTechniques());
});
