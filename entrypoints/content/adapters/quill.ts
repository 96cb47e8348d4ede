/** Quill: its clipboard API when the page exposes Quill; otherwise a synthetic paste, which Quill handles itself. */
import { pageWorld, pasteRich } from './shared';
import type { Adapter } from './types';

export const quillAdapter: Adapter = {
  kind: 'quill',
  matches: (element) => element.classList.contains('ql-editor'),
  needsPageWorld: true,
  techniques: [pageWorld('quill'), pasteRich],
};
