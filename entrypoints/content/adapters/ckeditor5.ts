/** CKEditor 5: its model API (one undo step); a synthetic paste goes through its clipboard pipeline otherwise. */
import type { EditorSign } from './types';

export const ckeditor5Sign: EditorSign = {
  part: 'ckeditor5',
  kind: 'ckeditor5',
  matches: (element) => element.classList.contains('ck-editor__editable'),
  needsPageWorld: true,
};
