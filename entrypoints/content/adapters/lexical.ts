/**
 * Lexical: listens to paste and beforeinput itself; execCommand can apply
 * late and duplicate text, so it is never used. In Firefox neither a
 * synthetic paste nor beforeinput carries text into Lexical, so the officer
 * pastes (the panel copies and says which keys to press).
 */
import { beforeInputPaste, pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign, Technique } from './types';

export const lexicalSign: EditorSign = {
  part: 'lexical',
  kind: 'lexical',
  matches: (element) => element.hasAttribute('data-lexical-editor'),
  // Firefox: say plainly that this editor needs the officer to paste.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};

/** Its techniques, in its part's file (entrypoints/editor-lexical.ts). */
export function lexicalTechniques(): Technique[] {
  return SYNTHETIC_PASTE_CARRIES_DATA ? [pasteRich, beforeInputPaste] : [];
}
