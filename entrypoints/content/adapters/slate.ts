/** Slate: its input path is beforeinput (with Chrome's beforeinput support it ignores rich paste events). */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const slateSign: EditorSign = {
  part: 'slate',
  kind: 'slate',
  matches: (element) => element.hasAttribute('data-slate-editor'),
  // Firefox: a beforeinput built in the content script reaches Slate without its data, so the officer pastes.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
