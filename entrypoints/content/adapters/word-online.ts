/**
 * Word for the web: no verified technique. Try a paste event on its editing
 * surface and read the text back; when it does not arrive, the officer pastes.
 */
import { pasteRich } from './shared';
import type { Adapter } from './types';

export const wordOnlineAdapter: Adapter = {
  kind: 'word-online',
  matches: (element) => element.id === 'WACViewPanel_EditingElement' || element.classList.contains('WACViewPanel_EditingElement'),
  pasteWhenAllFail: true,
  techniques: [pasteRich],
};
