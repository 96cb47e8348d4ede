/**
 * Quill: its clipboard API when the page exposes Quill; otherwise a
 * synthetic paste, which Quill handles itself (Firefox hands a content
 * script's over empty, so there it is sent from the page's world).
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const quillSign: EditorSign = {
  part: 'quill',
  kind: 'quill',
  matches: (element) => element.classList.contains('ql-editor'),
  needsPageWorld: true,
  // Firefox, when both fail: insertHTML splits Quill's lines at bold labels, so the officer pastes.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
