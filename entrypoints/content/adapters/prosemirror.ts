/** ProseMirror and TipTap: a synthetic paste runs their own paste handling (one undo step). */
import { execHtml, pasteRich } from './shared';
import type { Adapter } from './types';

export const prosemirrorAdapter: Adapter = {
  kind: 'prosemirror',
  matches: (element) => element.classList.contains('ProseMirror'),
  techniques: [pasteRich, execHtml],
};
