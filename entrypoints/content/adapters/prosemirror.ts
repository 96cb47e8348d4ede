/**
 * ProseMirror and TipTap: a synthetic paste runs their own paste handling
 * (one undo step). Firefox hands that paste over empty.
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const prosemirrorSign: EditorSign = {
  part: 'prosemirror',
  kind: 'prosemirror',
  matches: (element) => element.classList.contains('ProseMirror'),
  // Firefox: insertHTML leaves the last paragraph a line of its own, so the officer pastes.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
