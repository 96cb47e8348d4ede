/**
 * The slate part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/slate.ts), it brings the
 * editor's techniques.
 */
import { beforeInputPastePlain, pastePlain, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function slateTechniques(): Technique[] {
  return SYNTHETIC_PASTE_CARRIES_DATA ? [beforeInputPastePlain, pastePlain] : [];
}

export default defineUnlistedScript(() => {
  registerEditor('slate', slateTechniques());
});
