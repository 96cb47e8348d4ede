/**
 * The part of the content script for an editor nobody listed, in Firefox
 * only (see entrypoints/content/parts.ts and adapters/unknown-editor.ts):
 * injected after the core into a frame where the core found a
 * contenteditable no adapter claims. Firefox gives the page a content
 * script's synthetic paste and beforeinput without their data, so the same
 * two events are dispatched from the page's world (contract/page-world.ts),
 * then the browser's own command, as in Chromium.
 */
import { execHtmlJoined } from './content/adapters/shared';
import { pageBeforeInputPaste, pagePasteRich } from './content/adapters/page-api';
import { bareOnly } from './content/adapters/unknown-editor';
import { registerEditor } from './content/parts';
import type { Technique } from './content/adapters/types';

/** Named as the content script's own events are in Chromium: to the editor they are the same paste and beforeinput. */
export function unknownEditorTechniques(): Technique[] {
  // (The page world's beforeinput carries the caret's target range, as beforeInputPasteAtCaret does.)
  return [pagePasteRich, pageBeforeInputPaste, execHtmlJoined, bareOnly];
}

export default defineUnlistedScript({
  // Chromium's content-script events carry their data: the core serves unknown editors there itself.
  include: ['firefox'],
  main() {
    registerEditor('unknown', unknownEditorTechniques());
  },
});
