/**
 * Slate: its input path is beforeinput (with Chrome's beforeinput support it
 * ignores rich paste events). Firefox hands a content script's beforeinput
 * over without its data, so there both events are sent from the page's world.
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const slateSign: EditorSign = {
  part: 'slate',
  kind: 'slate',
  matches: (element) => element.hasAttribute('data-slate-editor'),
  needsPageWorld: !SYNTHETIC_PASTE_CARRIES_DATA,
  // Firefox, when the page world's events fail: the officer pastes.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
