/**
 * Word for the web: no verified technique. Try a paste event on its editing
 * surface and read the text back; when it does not arrive, the officer
 * pastes. In Firefox a content script's paste arrives empty, so there it is
 * sent from the page's world.
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

export const wordOnlineSign: EditorSign = {
  part: 'word-online',
  kind: 'word-online',
  matches: (element) => element.id === 'WACViewPanel_EditingElement' || element.classList.contains('WACViewPanel_EditingElement'),
  needsPageWorld: !SYNTHETIC_PASTE_CARRIES_DATA,
  pasteWhenAllFail: true,
};
