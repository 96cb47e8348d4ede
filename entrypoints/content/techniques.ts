/**
 * The low-level ways of putting text into a page. Each does one thing and
 * reports whether it ran; the orchestrator (insert.ts) verifies the result
 * and decides whether to fall back. None of them ever rewrites a whole
 * field's value or innerHTML: that loses undo and breaks framework state.
 */
import type { TextField } from './editable';

/** The browser's own editing command: undoable, fires `input` like typing (Chrome fires no `beforeinput`). */
export function execInsertText(doc: Document, text: string): boolean {
  // Deprecated, but still the only way to edit that the browser's undo stack records.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  return doc.execCommand('insertText', false, text);
}

export function execInsertHtml(doc: Document, html: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above
  return doc.execCommand('insertHTML', false, html);
}

/**
 * Replaces the selection through the field's own API, then tells frameworks
 * (React, Angular, Vue) with the events typing would fire. Not undoable.
 */
export function setRangeText(field: TextField, text: string, start: number, end: number): boolean {
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Parses `html` into a fragment owned by `doc`, without running scripts. */
function fragmentFrom(doc: Document, html: string): DocumentFragment {
  const template = doc.createElement('template');
  // The HTML is built by the extension from escaped framework text.
  template.innerHTML = html;
  return template.content;
}

/** Inserts at a DOM range and announces it with an `input` event. Not undoable: a last resort. */
export function rangeInsertHtml(host: HTMLElement, range: Range, html: string): boolean {
  const fragment = fragmentFrom(host.ownerDocument, html);
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) {
    const selection = host.ownerDocument.getSelection();
    const after = host.ownerDocument.createRange();
    after.setStartAfter(last);
    after.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(after);
  }
  host.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  return true;
}

export interface TransferData {
  text: string;
  html?: string;
}

function dataTransfer({ text, html }: TransferData): DataTransfer {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  if (html !== undefined) data.setData('text/html', html);
  return data;
}

/**
 * A synthetic paste, as if the officer pressed Ctrl+V with this on the
 * clipboard. Editors that handle paste themselves cancel it.
 * Returns whether the page handled (cancelled) the event.
 */
export function dispatchPaste(target: Element, data: TransferData): boolean {
  const event = new ClipboardEvent('paste', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clipboardData: dataTransfer(data),
  });
  return !target.dispatchEvent(event);
}

/**
 * A synthetic `beforeinput`, which Lexical and Slate handle as their main
 * input path. Returns whether the editor handled (cancelled) it.
 */
export function dispatchBeforeInput(
  target: Element,
  inputType: 'insertText' | 'insertFromPaste' | 'insertReplacementText',
  data: TransferData,
  /** Where the edit applies, as a real beforeinput says (`getTargetRanges()`); editors with their own selection model read it. */
  targetRanges?: StaticRange[],
): boolean {
  const event = new InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType,
    data: inputType === 'insertText' ? data.text : null,
    dataTransfer: inputType === 'insertText' ? null : dataTransfer(data),
    ...(targetRanges ? { targetRanges } : {}),
  });
  return !target.dispatchEvent(event);
}
