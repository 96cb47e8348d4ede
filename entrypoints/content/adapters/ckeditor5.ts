/** CKEditor 5: its model API (one undo step); a synthetic paste goes through its clipboard pipeline otherwise. */
import { pageWorld, pasteRich } from './shared';
import type { Adapter } from './types';

export const ckeditor5Adapter: Adapter = {
  kind: 'ckeditor5',
  matches: (element) => element.classList.contains('ck-editor__editable'),
  needsPageWorld: true,
  // Chrome's execCommand fires no beforeinput, which CKEditor 5 relies on: never use it here.
  techniques: [pageWorld('ckeditor5'), pasteRich],
};
