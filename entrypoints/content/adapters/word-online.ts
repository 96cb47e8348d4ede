/**
 * Word for the web: no verified technique. Try a paste event on its editing
 * surface and read the text back; when it does not arrive, the officer
 * pastes. In Firefox that paste arrives empty, so the officer pastes at once.
 */
import type { EditorSign } from './types';

export const wordOnlineSign: EditorSign = {
  part: 'word-online',
  kind: 'word-online',
  matches: (element) => element.id === 'WACViewPanel_EditingElement' || element.classList.contains('WACViewPanel_EditingElement'),
  pasteWhenAllFail: true,
};
