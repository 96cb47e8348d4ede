/**
 * The draftjs part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/draftjs.ts), it brings the
 * editor's techniques.
 */
import { pastePlain, SYNTHETIC_PASTE_CARRIES_DATA } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function draftjsTechniques(): Technique[] {
  return SYNTHETIC_PASTE_CARRIES_DATA ? [pastePlain] : [];
}

export default defineUnlistedScript(() => {
  registerEditor('draftjs', draftjsTechniques());
});
