/**
 * Google Docs: typing goes to a contenteditable inside the hidden
 * `.docs-texteventtarget-iframe`; Docs takes a paste event there and draws
 * the result on a canvas, so the only sign of success is that Docs handled
 * (cancelled) the event. Otherwise the officer pastes.
 */
import { dispatchPaste } from '../techniques';
import type { Adapter } from './types';

/** The frame, not the element, identifies Docs. */
export function inTextEventFrame(): boolean {
  try {
    return window.frameElement?.classList.contains('docs-texteventtarget-iframe') === true;
  } catch {
    return false; // a cross-origin parent: not Docs' same-origin text-event frame
  }
}

export const googleDocsAdapter: Adapter = {
  kind: 'google-docs',
  matches: () => inTextEventFrame(),
  pasteWhenAllFail: true,
  techniques: [
    {
      name: 'paste event in the text-event frame',
      apply: ({ target, text, html }) => (dispatchPaste(target.element, { text, html }) ? 'trusted' : false),
    },
  ],
};
