/**
 * Summernote keeps its own undo history (Ctrl+Z is its command, not the
 * browser's) and takes no paste or beforeinput: the generic path's
 * `insertHTML` lands, but Summernote's undo does not know it and jumps back
 * past it. Its own `pasteHTML` command records the history around the
 * insertion. The generic command stays as the fallback (inserts, undo as above).
 */
import type { EditorSign } from './types';

export const summernoteSign: EditorSign = {
  part: 'summernote',
  kind: 'contenteditable',
  matches: (element) => element.classList.contains('note-editable'),
  needsPageWorld: true,
};
