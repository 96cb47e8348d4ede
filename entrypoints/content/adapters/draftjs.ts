/**
 * Draft.js: only a plain-text paste is safe (execCommand corrupts its model:
 * in Firefox it drops the line breaks). Firefox's synthetic paste arrives
 * empty, so there the officer pastes (the panel copies and says which keys).
 */
import { pastePlain, SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign, Technique } from './types';

export const draftjsSign: EditorSign = {
  part: 'draftjs',
  kind: 'draftjs',
  matches: (element) => element.classList.contains('public-DraftEditor-content') || element.hasAttribute('data-contents'),
  // Firefox: say plainly that this editor needs the officer to paste.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
};

/** Its techniques, in its part's file (entrypoints/editor-draftjs.ts). */
export function draftjsTechniques(): Technique[] {
  return SYNTHETIC_PASTE_CARRIES_DATA ? [pastePlain] : [];
}
