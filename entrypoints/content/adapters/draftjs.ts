/**
 * Draft.js: only a plain-text paste is safe (execCommand corrupts its model:
 * in Firefox it drops the line breaks). Firefox's synthetic paste arrives
 * empty, so there the officer pastes (the panel copies and says which keys).
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const draftjsSign: EditorSign = {
  part: 'draftjs',
  kind: 'draftjs',
  matches: (element) => element.classList.contains('public-DraftEditor-content') || element.hasAttribute('data-contents'),
  // Firefox: say plainly that this editor needs the officer to paste.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
