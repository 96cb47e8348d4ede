/** Techniques several adapters share. */
import { isTextField } from '../editable';
import { callPageWorld } from '../page-bridge';
import type { PageOperation } from '../contract/page-world';
import { dispatchBeforeInput, dispatchPaste, execInsertHtml, execInsertText, rangeInsertHtml } from '../techniques';
import type { Technique } from './types';

export const execHtml: Technique = {
  name: 'execCommand insertHTML',
  apply: ({ target, html }) => !isTextField(target.element) && execInsertHtml(target.element.ownerDocument, html),
};

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
function eventTarget(host: HTMLElement): Element {
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

/** Calls the editor's own API in the page's world; skipped when the panel could not start it there. */
export function pageWorld(op: PageOperation): Technique {
  return {
    name: `${op} API`,
    apply: ({ target, text, html, pageChannel }) =>
      pageChannel !== undefined && callPageWorld(eventTarget(target.element), pageChannel, { op, text, html })?.ok === true,
  };
}
