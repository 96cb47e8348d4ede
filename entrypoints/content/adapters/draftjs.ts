/**
 * Draft.js: only a plain-text paste is safe (execCommand corrupts its model:
 * in Firefox it drops the line breaks). Firefox's synthetic paste arrives
 * empty, so there the officer pastes (the panel copies and says which keys).
 */
import { pastePlain, SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { Adapter } from './types';

export const draftjsAdapter: Adapter = {
  kind: 'draftjs',
  matches: (element) => element.classList.contains('public-DraftEditor-content') || element.hasAttribute('data-contents'),
  // Firefox: say plainly that this editor needs the officer to paste.
  pasteWhenAllFail: !SYNTHETIC_PASTE_CARRIES_DATA,
  techniques: SYNTHETIC_PASTE_CARRIES_DATA ? [pastePlain] : [],
};
