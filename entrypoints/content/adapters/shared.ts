/** Techniques several adapters share. */
import { isTextField } from '../editable';
import { dispatchBeforeInput, dispatchPaste, execInsertHtml, execInsertText, rangeInsertHtml } from '../techniques';
import type { Technique } from './types';

export const execHtml: Technique = {
  name: 'execCommand insertHTML',
  apply: ({ target, html }) => !isTextField(target.element) && execInsertHtml(target.element.ownerDocument, html),
};

/**
 * The wording with its first and last top-level paragraphs unwrapped, so
 * they join the text either side of the caret. Chromium's insertHTML does
 * this itself; Firefox's keeps each pasted paragraph a block of its own and
 * splits the officer's line in three ("Hello |world" became "Hello",
 * the wording, "world"), so both browsers get the same HTML.
 */
export function joinEdgeParagraphs(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const unwrap = (element: Element | null) => {
    if (element?.tagName === 'P') element.replaceWith(...element.childNodes);
  };
  const first = body.firstElementChild;
  const last = body.lastElementChild;
  unwrap(first);
  if (last !== first) unwrap(last);
  return body.innerHTML;
}

/**
 * Firefox's insertHTML, with the caret inside a paragraph, splits it around
 * the blocks it inserts but leaves inline content after the last block
 * outside any paragraph, and the rest of the officer's line in a paragraph
 * of its own ("…three" and "world" on two lines, not "…threeworld").
 * Chromium merges that last stretch with the rest of the line itself.
 */
export const INSERT_HTML_ORPHANS_LAST_LINE = import.meta.env.BROWSER === 'firefox';

/** Whether the selection lies inside one paragraph of the editing host. */
function selectionInParagraph(host: HTMLElement): boolean {
  const selection = host.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);
  const paragraph = elementOf(range.startContainer)?.closest('p');
  return !!paragraph && paragraph !== host && host.contains(paragraph) && paragraph.contains(range.endContainer);
}

/**
 * The wording's HTML as this browser's insertHTML needs it to join the
 * officer's line either side (see joinEdgeParagraphs). In Firefox, with the
 * caret in a paragraph and wording made only of paragraphs, they become
 * lines of that paragraph (<br>): Firefox then splits nothing and the rest
 * of the officer's line follows the wording's last line, one undo step that
 * leaves the caret right after the wording. Wording with lists keeps its
 * blocks (the rest of the line then starts a line of its own).
 */
export function htmlForInsert(host: HTMLElement, html: string): string {
  const joined = joinEdgeParagraphs(html);
  if (!INSERT_HTML_ORPHANS_LAST_LINE || !selectionInParagraph(host)) return joined;
  const blocks = [...new DOMParser().parseFromString(html, 'text/html').body.children];
  if (blocks.length < 2 || blocks.some((block) => block.tagName !== 'P')) return joined;
  return blocks.map((block) => block.innerHTML).join('<br>');
}

/** insertHTML with the edge paragraphs joined to the text around the caret (see htmlForInsert). */
export const execHtmlJoined: Technique = {
  name: execHtml.name,
  apply: ({ target, html }) => !isTextField(target.element) && execInsertHtml(target.element.ownerDocument, htmlForInsert(target.element, html)),
};

/**
 * Firefox gives the page a content script's synthetic paste with its data
 * empty (checked in Firefox ESR 153), while editors still cancel the event
 * as handled: it ignores the standard `clipboardData` of the event's init,
 * and the data of its own older `dataType` / `data` belong to the extension.
 * So in Firefox no content-script technique relies on a synthetic paste: an
 * adapter uses the editor's API, execCommand or beforeinput, or else the
 * clipboard and Ctrl+V. A paste (and a beforeinput) sent from the page's own
 * world does carry its data there (contract/page-world.ts): unknown editors
 * are asked that way (adapters/unknown-editor.ts).
 */
export const SYNTHETIC_PASTE_CARRIES_DATA = import.meta.env.BROWSER !== 'firefox';

export const execText: Technique = {
  name: 'execCommand insertText',
  apply: ({ target, text }) => execInsertText(target.element.ownerDocument, text),
};

/** The DOM range the officer left, or the live one. */
export const rangeHtml: Technique = {
  name: 'range insert',
  apply: ({ target, html }) => {
    const range = target.range;
    return !!range && !isTextField(target.element) && rangeInsertHtml(target.element, range, html);
  },
};

/** Where events should go: the element holding the caret, inside the editing host. */
export function eventTarget(host: HTMLElement): Element {
  const selection = host.ownerDocument.getSelection();
  const node = selection?.focusNode;
  const element = node instanceof Element ? node : node?.parentElement;
  return element && host.contains(element) ? element : host;
}

export const pasteRich: Technique = {
  name: 'paste event (text + HTML)',
  apply: ({ target, text, html }) => dispatchPaste(eventTarget(target.element), { text, html }),
  claims: true,
};

export const pastePlain: Technique = {
  name: 'paste event (text)',
  apply: ({ target, text }) => dispatchPaste(eventTarget(target.element), { text }),
  claims: true,
};

export const beforeInputPaste: Technique = {
  name: 'beforeinput insertFromPaste',
  apply: ({ target, text, html }) => dispatchBeforeInput(target.element, 'insertFromPaste', { text, html }),
  claims: true,
};

export const beforeInputPastePlain: Technique = {
  name: 'beforeinput insertFromPaste (text)',
  apply: ({ target, text }) => dispatchBeforeInput(target.element, 'insertFromPaste', { text }),
  claims: true,
};
