/**
 * ProseMirror and TipTap: a synthetic paste runs their own paste handling
 * (one undo step). In Firefox, where that paste arrives empty, insertHTML:
 * ProseMirror reads the change back into its model and history.
 */
import { execHtml, execHtmlJoined, pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { Adapter } from './types';

export const prosemirrorAdapter: Adapter = {
  kind: 'prosemirror',
  matches: (element) => element.classList.contains('ProseMirror'),
  techniques: SYNTHETIC_PASTE_CARRIES_DATA ? [pasteRich, execHtml] : [execHtmlJoined],
};
