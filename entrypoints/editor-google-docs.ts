/**
 * The google-docs part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/google-docs.ts), it brings the
 * editor's techniques.
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { dispatchPaste } from './content/techniques';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function googleDocsTechniques(): Technique[] {
  return SYNTHETIC_PASTE_CARRIES_DATA
    ? [
        {
          name: 'paste event in the text-event frame',
          apply: ({ target, text, html }) => (dispatchPaste(target.element, { text, html }) ? 'trusted' : false),
        },
      ]
    : [];
}

export default defineUnlistedScript(() => {
  registerEditor('google-docs', googleDocsTechniques());
});
