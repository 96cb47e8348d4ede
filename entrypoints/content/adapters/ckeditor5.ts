/** CKEditor 5: its model API (one undo step); a synthetic paste goes through its clipboard pipeline otherwise. */
import { pageWorld, pasteRich } from './shared';
import type { EditorSign, Technique } from './types';

export const ckeditor5Sign: EditorSign = {
  part: 'ckeditor5',
  kind: 'ckeditor5',
  matches: (element) => element.classList.contains('ck-editor__editable'),
  needsPageWorld: true,
};

/** Its techniques, in its part's file (entrypoints/editor-ckeditor5.ts). */
export function ckeditor5Techniques(): Technique[] {
  // Chrome's execCommand fires no beforeinput, which CKEditor 5 relies on: never use it here.
  return [pageWorld('ckeditor5'), pasteRich];
}
