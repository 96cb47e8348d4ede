/** TinyMCE, in its iframe or inline: `insertContent` adds one undo level (execCommand alone is not undoable there). */
import type { EditorSign } from './types';

export const tinymceSign: EditorSign = {
  part: 'tinymce',
  kind: 'tinymce',
  matches: (element) => element.classList.contains('mce-content-body'),
  needsPageWorld: true,
};
