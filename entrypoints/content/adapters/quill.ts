/**
 * Quill: its clipboard API when the page exposes Quill; otherwise a
 * synthetic paste, which Quill handles itself. In Firefox, where that paste
 * arrives empty, insertHTML: Quill reads the change into its model and history.
 */
import { execHtmlJoined, pageWorld, pasteRich, SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import type { Adapter } from './types';

export const quillAdapter: Adapter = {
  kind: 'quill',
  matches: (element) => element.classList.contains('ql-editor'),
  needsPageWorld: true,
  techniques: [pageWorld('quill'), SYNTHETIC_PASTE_CARRIES_DATA ? pasteRich : execHtmlJoined],
};
