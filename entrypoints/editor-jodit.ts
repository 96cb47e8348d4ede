/**
 * The jodit part of the content script (see entrypoints/content/parts.ts):
 * injected after the core into a frame where the core found this editor
 * (its sign: entrypoints/content/adapters/jodit.ts), it brings the
 * editor's techniques.
 */
import { execHtml } from './content/adapters/shared';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

export function joditTechniques(): Technique[] {
  return [execHtml];
}

export default defineUnlistedScript(() => {
  registerEditor('jodit', joditTechniques());
});
