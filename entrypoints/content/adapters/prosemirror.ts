/**
 * ProseMirror and TipTap: a synthetic paste runs their own paste handling
 * (one undo step). Firefox hands a content script's paste over empty, so
 * there it is sent from the page's world (needsPageWorld).
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const prosemirrorSign: EditorSign = {
  part: 'prosemirror',
  kind: 'prosemirror',
  matches: (element) => element.classList.contains('ProseMirror'),
  needsPageWorld: !SYNTHETIC_PASTE_CARRIES_DATA,
  // Firefox, when the paste fails: insertHTML leaves the last paragraph a line of its own, so the officer pastes.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
