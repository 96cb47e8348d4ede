/** The word-online part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { wordOnlineTechniques } from './content/adapters/word-online';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('word-online', wordOnlineTechniques());
});
