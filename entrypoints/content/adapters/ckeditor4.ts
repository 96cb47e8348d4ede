/** CKEditor 4, in its iframe (classic) or inline: `insertHtml` records an undo snapshot. */
import { execHtml, pageWorld } from './shared';
import type { Adapter } from './types';

export const ckeditor4Adapter: Adapter = {
  kind: 'ckeditor4',
  matches: (element) => element.classList.contains('cke_editable'),
  needsPageWorld: true,
  techniques: [pageWorld('ckeditor4'), execHtml],
};
