/**
 * Google Docs: typing goes to a contenteditable inside the hidden
 * `.docs-texteventtarget-iframe`; Docs takes a paste event there and draws
 * the result on a canvas, so the only sign of success is that Docs handled
 * (cancelled) the event. Otherwise the officer pastes. Firefox hands the
 * page a content script's paste empty, and Docs would still cancel it (the
 * officer would be told text arrived when none did): there the paste is
 * sent from the page's world, whose data Docs reads.
 */
import { SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { EditorSign } from './types';

/** The frame, not the element, identifies Docs. */
export function inTextEventFrame(): boolean {
  try {
    return window.frameElement?.classList.contains('docs-texteventtarget-iframe') === true;
  } catch {
    return false; // a cross-origin parent: not Docs' same-origin text-event frame
  }
}

export const googleDocsSign: EditorSign = {
  part: 'google-docs',
  kind: 'google-docs',
  matches: () => inTextEventFrame(),
  needsPageWorld: !SYNTHETIC_PASTE_CARRIES_DATA,
  pasteWhenAllFail: true,
};
