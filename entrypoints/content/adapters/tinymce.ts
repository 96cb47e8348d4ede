/** TinyMCE, in its iframe or inline: `insertContent` adds one undo level (execCommand alone is not undoable there). */
import { execHtml, pageWorld } from './shared';
import type { Adapter } from './types';

export const tinymceAdapter: Adapter = {
  kind: 'tinymce',
  matches: (element) => element.classList.contains('mce-content-body'),
  needsPageWorld: true,
  techniques: [pageWorld('tinymce'), execHtml],
};
