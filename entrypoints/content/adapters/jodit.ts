/**
 * Jodit, with its defaults, answers a paste of HTML with a dialog ("Keep as
 * HTML?"): the synthetic paste is cancelled and nothing lands until the
 * officer answers, so the generic path would fall back and the text could
 * then arrive twice. Jodit records any DOM change in its own history, so the
 * browser's `insertHTML` is one undo step there.
 */
import type { EditorSign } from './types';

export const joditSign: EditorSign = {
  part: 'jodit',
  kind: 'contenteditable',
  matches: (element) => element.classList.contains('jodit-wysiwyg'),
};
