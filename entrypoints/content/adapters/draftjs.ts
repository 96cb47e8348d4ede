/**
 * Draft.js: only a plain-text paste is safe (execCommand corrupts its model:
 * in Firefox it drops the line breaks). A content script's paste arrives
 * empty in Firefox, so there it is sent from the page's world
 * (needsPageWorld); when it fails, the officer pastes (the panel copies and
 * says which keys).
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const draftjsSign: EditorSign = {
  part: 'draftjs',
  kind: 'draftjs',
  matches: (element) => element.classList.contains('public-DraftEditor-content') || element.hasAttribute('data-contents'),
  needsPageWorld: !SYNTHETIC_PASTE_CARRIES_DATA,
  // Firefox, when the page world's paste fails: say plainly that this editor needs the officer to paste.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};
