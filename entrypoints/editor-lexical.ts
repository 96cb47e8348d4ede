/** The lexical part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { lexicalTechniques } from './content/adapters/lexical';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('lexical', lexicalTechniques());
});
