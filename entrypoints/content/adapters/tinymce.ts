/** TinyMCE, in its iframe or inline: `insertContent` adds one undo level (execCommand alone is not undoable there). */
import { execHtml, pageWorld } from './shared';
import type { EditorSign, Technique } from './types';

export const tinymceSign: EditorSign = {
  part: 'tinymce',
  kind: 'tinymce',
  matches: (element) => element.classList.contains('mce-content-body'),
  needsPageWorld: true,
};

/** Its techniques, in its part's file (entrypoints/editor-tinymce.ts). */
export function tinymceTechniques(): Technique[] {
  return [pageWorld('tinymce'), execHtml];
}
