/** The prosemirror part of the content script (see entrypoints/content/parts.ts): injected after the core into a frame where it found this editor. */
import { prosemirrorTechniques } from './content/adapters/prosemirror';
import { registerEditor } from './content/parts';

export default defineUnlistedScript(() => {
  registerEditor('prosemirror', prosemirrorTechniques());
});
