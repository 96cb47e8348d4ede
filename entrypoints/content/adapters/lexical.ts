/**
 * Lexical: listens to paste and beforeinput itself; execCommand can apply
 * late and duplicate text, so it is never used. In Firefox neither a
 * content script's paste nor its beforeinput carries text into Lexical, so
 * both are sent from the page's world (needsPageWorld); when neither
 * arrives, the officer pastes (the panel copies and says which keys to press).
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const lexicalSign: EditorSign = {
  part: 'lexical',
  kind: 'lexical',
  matches: (element) => element.hasAttribute('data-lexical-editor'),
  needsPageWorld: !SYNTHETIC_PASTE_CARRIES_DATA,
  // Firefox, when the page world's events fail: say plainly that this editor needs the officer to paste.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
