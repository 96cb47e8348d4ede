/**
 * Jodit, with its defaults, answers a paste of HTML with a dialog ("Keep as
 * HTML?"): the synthetic paste is cancelled and nothing lands until the
 * officer answers, so the generic path would fall back and the text could
 * then arrive twice. Jodit records any DOM change in its own history, but
 * only once the DOM has been quiet for a moment, so the browser's
 * `insertHTML` is asked from the page's world, where Jodit's history is
 * told to record the step at once (editor-jodit.ts, contract/page-world.ts).
 */
import type { EditorSign } from './types';

export const joditSign: EditorSign = {
  part: 'jodit',
  kind: 'contenteditable',
  matches: (element) => element.classList.contains('jodit-wysiwyg'),
  needsPageWorld: true,
};
