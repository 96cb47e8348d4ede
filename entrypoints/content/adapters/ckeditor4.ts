/** CKEditor 4, in its iframe (classic) or inline: `insertHtml` records an undo snapshot. */
import { execHtml, pageWorld } from './shared';
import type { EditorSign, Technique } from './types';

export const ckeditor4Sign: EditorSign = {
  part: 'ckeditor4',
  kind: 'ckeditor4',
  matches: (element) => element.classList.contains('cke_editable'),
  needsPageWorld: true,
};

/** Its techniques, in its part's file (entrypoints/editor-ckeditor4.ts). */
export function ckeditor4Techniques(): Technique[] {
  return [pageWorld('ckeditor4'), execHtml];
}
