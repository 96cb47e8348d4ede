/** CKEditor 4, in its iframe (classic) or inline: `insertHtml` records an undo snapshot. */
import type { EditorSign } from './types';

export const ckeditor4Sign: EditorSign = {
  part: 'ckeditor4',
  kind: 'ckeditor4',
  matches: (element) => element.classList.contains('cke_editable'),
  needsPageWorld: true,
};
