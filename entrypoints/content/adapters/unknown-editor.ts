/**
 * Any contenteditable no adapter claims: an editor we have never seen.
 *
 * It is asked the way the officer's own Ctrl+V would ask it, so the text goes
 * through the editor's model and undo stack when it has them: first a
 * cancelable `paste` carrying text/plain + text/html (an editor that takes
 * paste itself cancels it and inserts through its model), then a
 * `beforeinput` insertFromPaste (editors built on Input Events cancel and
 * handle it), then the browser's own `insertHTML` command, which keeps the
 * browser's undo and which editors that watch the DOM read back. An event
 * nobody cancelled did nothing (synthetic events have no default action), so
 * the next technique follows at once; one that was cancelled is read back
 * before anything else is tried. In Firefox the two events are sent from the
 * page's own world (see unknownEditorSign). Writing the DOM directly (not undoable, and
 * invisible to a model) is kept for bare contenteditables; on one that looks
 * managed by an editor, the officer is asked to paste instead.
 */
import { dispatchBeforeInput } from '../techniques';
import { execHtmlJoined, pasteRich, rangeHtml, SYNTHETIC_PASTE_CARRIES_DATA } from './shared';
import { looksModelManaged } from './editor-signs';
import type { Adapter, EditorSign, Technique } from './types';

/**
 * A beforeinput insertFromPaste that says where it applies, as the browser's
 * own does: editors with their own selection model (Trix) insert at the
 * target range rather than at a caret they last saw.
 */
export const beforeInputPasteAtCaret: Technique = {
  name: 'beforeinput insertFromPaste',
  apply: ({ target, text, html }) => {
    const range = target.range;
    const at = range ? [new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })] : undefined;
    return dispatchBeforeInput(target.element, 'insertFromPaste', { text, html }, at);
  },
  claims: true,
};

/** Only for a host with no sign of an editor: the DOM is its model. */
export const bareOnly: Technique = {
  name: rangeHtml.name,
  apply: (job) => !looksModelManaged(job.target.element) && rangeHtml.apply(job),
};

const UNKNOWN_EDITOR = {
  kind: 'contenteditable',
  matches: (element: HTMLElement) => element.isContentEditable,
  // Editors that keep a model may render our text and then put their own DOM back.
  confirmKept: true,
  pasteWhenAllFail: true,
} as const;

/** Where a content script's paste and beforeinput carry their data (Chromium): the core asks them itself. */
export const unknownEditorInCore: Adapter = { ...UNKNOWN_EDITOR, techniques: [pasteRich, beforeInputPasteAtCaret, execHtmlJoined, bareOnly] };

/**
 * Firefox hands a content script's synthetic paste and beforeinput to the
 * page with no data (their DataTransfer belongs to the extension), though
 * editors still cancel them as handled: there the same events are sent from
 * the page's own world, whose data the page reads. Those techniques (and the
 * bridge to that world) are the `unknown` part (entrypoints/editor-unknown.ts).
 */
export const unknownEditorSign: EditorSign = { ...UNKNOWN_EDITOR, part: 'unknown', needsPageWorld: true };

export const unknownEditorAdapter: Adapter | EditorSign = SYNTHETIC_PASTE_CARRIES_DATA ? unknownEditorInCore : unknownEditorSign;
