/**
 * Lexical: listens to paste and beforeinput itself; execCommand can apply
 * late and duplicate text, so it is never used. In Firefox neither a
 * synthetic paste nor beforeinput carries text into Lexical, so the officer
 * pastes (the panel copies and says which keys to press).
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const lexicalSign: EditorSign = {
  part: 'lexical',
  kind: 'lexical',
  matches: (element) => element.hasAttribute('data-lexical-editor'),
  // Firefox: say plainly that this editor needs the officer to paste.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
