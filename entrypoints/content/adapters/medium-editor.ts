/**
 * medium-editor takes a paste itself: it turns the plain text into
 * paragraphs and hands them to the browser's insertHTML, leaving undo to the
 * browser. Chromium's insertHTML joins the first and last paragraphs to the
 * officer's line, so there the generic path (its paste) serves it. Firefox's
 * splits the line around them ("Hello", the wording, "world": see
 * INSERT_HTML_ORPHANS_LAST_LINE), and medium-editor's paste cannot be given
 * other HTML, so in Firefox the browser's command is asked directly, with
 * the wording shaped to join the line (htmlForInsert): the same one undo
 * step, and medium-editor reads its content from the DOM.
 */
import { execHtmlJoined } from './shared';
import type { Adapter } from './types';

export const mediumEditorAdapter: Adapter = {
  kind: 'contenteditable',
  matches: (element) => element.hasAttribute('data-medium-editor-element'),
  techniques: [execHtmlJoined],
  confirmKept: true,
  pasteWhenAllFail: true,
};
