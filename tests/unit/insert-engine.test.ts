// @vitest-environment happy-dom
/**
 * The content script's insertion engine in a DOM: which fields count as
 * editable, what limit a field declares and how much of it is used, which
 * editor an element belongs to, what the probe tells the panel, and an
 * insertion that keeps the text around the caret and respects limits.
 */
import { afterEach, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { adapterFor } from '../../entrypoints/content/adapters';
import { deepActiveElement, describeField, editableAt, editingHost, isTextField, rangeInside } from '../../entrypoints/content/editable';
import { fieldLimit, usedOutsideSelection } from '../../entrypoints/content/field-limit';
import { describeTarget, insert, probe, singleLine } from '../../entrypoints/content/insert';
import { onTargetChange, refreshTarget, startTracking, trackedTarget } from '../../entrypoints/content/tracker';
import { arrived, arrivedSoon, snapshot } from '../../entrypoints/content/verify';
import { injectEditorParts } from './fixtures/editor-parts';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id}`);
  return element;
}

function areaById(id: string): HTMLTextAreaElement {
  const element = byId(id);
  if (!(element instanceof HTMLTextAreaElement)) throw new Error(`#${id} is no textarea`);
  return element;
}

/**
 * What the officer does in the page, as the browser reports it: a trusted
 * event. happy-dom's events have no `isTrusted` (a page's synthetic events
 * are untrusted), and the tracker moves the target only on trusted input, so
 * the officer's events are marked here and nowhere else.
 */
function officer(element: Element, type: 'pointerdown' | 'keydown' | 'keyup' | 'input' | 'select'): void {
  const event = new Event(type, { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

/** The officer clicks into a field: a trusted pointerdown there, then focus. */
function officerClicks(element: HTMLElement): void {
  officer(element, 'pointerdown');
  element.focus();
}

function rangeIn(node: Node, start: number, end = start): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

afterEach(() => {
  (document.activeElement as HTMLElement | null)?.blur();
  document.body.innerHTML = '';
});

describe('what counts as a field the officer types in', () => {
  it('takes textareas and text-like inputs that can be edited, nothing else', () => {
    html(`
      <textarea id="area"></textarea><textarea id="ro" readonly></textarea><textarea id="off" disabled></textarea>
      <input id="plain"><input id="text" type="text"><input id="search" type="search"><input id="email" type="email">
      <input id="url" type="url"><input id="tel" type="tel"><input id="box" type="checkbox"><input id="num" type="number">
      <input id="pw" type="password"><input id="iro" readonly><input id="ioff" disabled><div id="div"></div>`);
    const yes = ['area', 'plain', 'text', 'search', 'email', 'url', 'tel'];
    const no = ['ro', 'off', 'box', 'num', 'pw', 'iro', 'ioff', 'div'];
    for (const id of yes) expect(isTextField(byId(id)), id).toBe(true);
    for (const id of no) expect(isTextField(byId(id)), id).toBe(false);
    expect(isTextField('textarea')).toBe(false);
    expect(isTextField(null)).toBe(false);
  });

  it('finds the outermost editing host, through islands that are not editable', () => {
    html(`<div id="host" contenteditable="true"><p id="para">Hello <b id="bold">there</b></p>
      <div contenteditable="false"><span id="island">fixed</span></div></div><p id="outside">not editable</p>`);
    const host = byId('host');
    expect(editingHost(byId('bold'))).toBe(host);
    expect(editingHost(byId('bold').firstChild)).toBe(host);
    expect(editingHost(byId('para'))).toBe(host);
    expect(editingHost(byId('island'))).toBeNull();
    expect(editingHost(byId('outside'))).toBeNull();
    expect(editingHost(null)).toBeNull();
    expect(editableAt(byId('bold'))).toBe(host);
    expect(editableAt({})).toBeNull();
  });

  it('follows focus into open shadow roots', () => {
    html('<div id="outer"></div>');
    const shadow = byId('outer').attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea id="inner"></textarea>';
    const inner = shadow.getElementById('inner') as HTMLTextAreaElement;
    inner.focus();
    expect(deepActiveElement(document)).toBe(inner);
  });

  it('reads the range only while the selection is inside the host', () => {
    html('<div id="host" contenteditable="true">inside</div><p id="out">outside</p>');
    const host = byId('host');
    rangeIn(host.firstChild as Node, 1, 3);
    expect(rangeInside(host)?.toString()).toBe('ns');
    rangeIn(byId('out').firstChild as Node, 0, 2);
    expect(rangeInside(host)).toBeNull();
    document.getSelection()?.removeAllRanges();
    expect(rangeInside(host)).toBeNull();
  });

  it('names a field by its labelling ids, then its label, aria-label and placeholder', () => {
    html(`
      <span id="q">Social value</span><span id="q2">question</span>
      <textarea id="a" aria-labelledby="q q2" aria-label="ignored"></textarea>
      <label for="b">  Your
        answer </label><textarea id="b" placeholder="ignored"></textarea>
      <textarea id="c" aria-label="Method statement" placeholder="ignored"></textarea>
      <textarea id="d" placeholder="Type here"></textarea>
      <textarea id="e"></textarea>
      <div id="f" contenteditable="true" aria-label="${'x'.repeat(130)}"></div>`);
    expect(describeField(byId('a'))).toBe('Social value question');
    expect(describeField(byId('b'))).toBe('Your answer');
    expect(describeField(byId('c'))).toBe('Method statement');
    expect(describeField(byId('d'))).toBe('Type here');
    expect(describeField(byId('e'))).toBeUndefined();
    expect(describeField(byId('f'))).toBe('x'.repeat(120));
  });
});

describe('the limit a field declares', () => {
  it('takes maxlength as enforced by the browser', () => {
    html('<textarea id="a" maxlength="500" aria-label="max 20 words"></textarea><input id="b" maxlength="0">');
    expect(fieldLimit(byId('a'))).toEqual({ max: 500, unit: 'characters', source: 'maxlength', enforced: true });
    expect(fieldLimit(byId('b'))).toEqual({ max: 0, unit: 'characters', source: 'maxlength', enforced: true });
  });

  it('reads a limit from the label, description, aria-label, placeholder or title, not enforced', () => {
    html(`
      <label for="a">Answer (max 2,000 characters)</label><textarea id="a"></textarea>
      <span id="hint">Limit: 250 words</span><textarea id="b" aria-describedby="hint"></textarea>
      <span id="lab">Up to 300 words</span><div id="c" contenteditable="true" aria-labelledby="lab"></div>
      <textarea id="d" aria-label="No more than 1,500 chars"></textarea>
      <textarea id="e" placeholder="500 words maximum"></textarea>
      <textarea id="f" title="Maximum 100 characters"></textarea>
      <textarea id="g" aria-label="Tell us about your 3 best projects"></textarea>`);
    expect(fieldLimit(byId('a'))).toEqual({ max: 2000, unit: 'characters', source: 'label', enforced: false });
    expect(fieldLimit(byId('b'))).toEqual({ max: 250, unit: 'words', source: 'label', enforced: false });
    expect(fieldLimit(byId('c'))).toEqual({ max: 300, unit: 'words', source: 'label', enforced: false });
    expect(fieldLimit(byId('d'))).toEqual({ max: 1500, unit: 'characters', source: 'label', enforced: false });
    expect(fieldLimit(byId('e'))).toEqual({ max: 500, unit: 'words', source: 'label', enforced: false });
    expect(fieldLimit(byId('f'))).toEqual({ max: 100, unit: 'characters', source: 'label', enforced: false });
    expect(fieldLimit(byId('g'))).toBeUndefined();
  });

  it('counts what the field holds outside the selection the text will replace', () => {
    html('<textarea id="a">one two three four</textarea><div id="b" contenteditable="true">alpha beta gamma</div>');
    const area = areaById('a');
    // "two " selected: it will be replaced.
    expect(usedOutsideSelection({ element: area, start: 4, end: 8, at: 1 }, 'characters')).toBe(14);
    expect(usedOutsideSelection({ element: area, start: 4, end: 8, at: 1 }, 'words')).toBe(3);
    // No selection known: the caret at the end, nothing replaced.
    expect(usedOutsideSelection({ element: area, at: 1 }, 'characters')).toBe(18);
    expect(usedOutsideSelection({ element: area, start: 3, at: 1 }, 'words')).toBe(4);

    const host = byId('b');
    const range = document.createRange();
    range.setStart(host.firstChild as Node, 6);
    range.setEnd(host.firstChild as Node, 10);
    expect(usedOutsideSelection({ element: host, range, at: 1 }, 'words')).toBe(2);
    expect(usedOutsideSelection({ element: host, at: 1 }, 'words')).toBe(3);
  });
});

describe('which editor an element belongs to', () => {
  const cases: [string, string][] = [
    ['<textarea id="t"></textarea>', 'textarea'],
    ['<input id="t">', 'textarea'],
    ['<div id="t" contenteditable="true" class="ck ck-editor__editable"></div>', 'ckeditor5'],
    ['<div id="t" contenteditable="true" class="cke_editable"></div>', 'ckeditor4'],
    ['<div id="t" contenteditable="true" class="mce-content-body"></div>', 'tinymce'],
    ['<div id="t" contenteditable="true" class="ql-editor"></div>', 'quill'],
    ['<div id="t" contenteditable="true" class="ProseMirror"></div>', 'prosemirror'],
    ['<div id="t" contenteditable="true" data-lexical-editor="true"></div>', 'lexical'],
    ['<div id="t" contenteditable="true" data-slate-editor="true"></div>', 'slate'],
    ['<div id="t" contenteditable="true" class="public-DraftEditor-content"></div>', 'draftjs'],
    ['<div id="t" contenteditable="true" data-contents="true"></div>', 'draftjs'],
    ['<div id="t" contenteditable="true" id="WACViewPanel_EditingElement"></div>', 'contenteditable'],
    ['<div id="WACViewPanel_EditingElement" contenteditable="true"></div>', 'word-online'],
    ['<div id="t" contenteditable="true" class="WACViewPanel_EditingElement"></div>', 'word-online'],
    ['<div id="t" contenteditable="true"></div>', 'contenteditable'],
  ];

  it.each(cases)('%s is %s', (markup, kind) => {
    html(markup);
    const element = document.body.firstElementChild as HTMLElement;
    expect(adapterFor(element)?.kind).toBe(kind);
  });

  it('has no adapter for what cannot be typed in', () => {
    html('<div id="t">text</div><input id="c" type="checkbox">');
    expect(adapterFor(byId('t'))).toBeUndefined();
    expect(adapterFor(byId('c'))).toBeUndefined();
  });

  it('asks for the page world only where the editor’s API lives there', () => {
    html('<div contenteditable="true" class="ck-editor__editable"></div>');
    expect(adapterFor(document.body.firstElementChild as HTMLElement)?.needsPageWorld).toBe(true);
    html('<textarea></textarea>');
    expect(adapterFor(document.body.firstElementChild as HTMLElement)?.needsPageWorld).toBeFalsy();
  });
});

describe('the probe and insertion in a frame', () => {
  beforeAll(() => {
    startTracking();
  });

  function focusArea(markup: string, start: number, end = start): HTMLTextAreaElement {
    html(markup);
    const area = document.body.querySelector<HTMLTextAreaElement>('textarea, input');
    if (!area) throw new Error('no field');
    officerClicks(area);
    area.setSelectionRange(start, end);
    officer(area, 'select');
    return area;
  }

  it('tells the panel where the caret is, the field’s limit, what is used and its name', () => {
    focusArea('<label for="a">Social value answer</label><textarea id="a" maxlength="100">Before after</textarea>', 7, 12);
    const answer = probe();
    expect(answer).toMatchObject({
      hasTarget: true,
      kind: 'textarea',
      needsPageWorld: false,
      limit: { max: 100, unit: 'characters', source: 'maxlength', enforced: true },
      used: 7,
      label: 'Social value answer',
      question: 'Social value answer',
      isTop: true,
    });
    expect(answer.lastActiveAt).toBeGreaterThan(0);
    expect(describeTarget()).toEqual({ hasTarget: true, kind: 'textarea', limit: answer.limit, label: 'Social value answer', question: 'Social value answer' });
  });

  it('calls an input an input, and has no limit or count when none is declared', () => {
    focusArea('<input id="a" value="short">', 5);
    const answer = probe();
    expect(answer.kind).toBe('input');
    expect(answer.limit).toBeUndefined();
    expect(answer.used).toBeUndefined();
  });

  it('has no target once the field is gone', () => {
    focusArea('<textarea id="a"></textarea>', 0);
    document.body.innerHTML = '<p>nothing editable</p>';
    expect(trackedTarget()).toBeNull();
    expect(probe()).toMatchObject({ hasTarget: false, lastActiveAt: 0, needsPageWorld: false });
  });

  it('inserts at the caret, keeping the text on both sides, and where the caret moves next', async () => {
    const area = focusArea('<textarea id="a">Start end</textarea>', 6);
    const result = await insert({ wording: { text: 'middle ', html: '<p>middle </p>' }, allowOverLimit: false });
    expect(result.status).toBe('inserted');
    expect(result.kind).toBe('textarea');
    expect(result.method).toEqual(expect.any(String));
    expect(area.value).toBe('Start middle end');
    // The officer moves the caret (happy-dom's setRangeText misplaces it, so it is set here).
    area.setSelectionRange(13, 13);
    officer(area, 'keyup');
    refreshTarget();
    const again = await insert({ wording: { text: 'more ', html: '<p>more </p>' }, allowOverLimit: false });
    expect(again.status).toBe('inserted');
    expect(area.value).toBe('Start middle more end');
  });

  it('replaces only the selection', async () => {
    const area = focusArea('<textarea id="a">Keep REPLACE keep</textarea>', 5, 12);
    expect((await insert({ wording: { text: 'new', html: 'new' }, allowOverLimit: false })).status).toBe('inserted');
    expect(area.value).toBe('Keep new keep');
  });

  it('joins lines with spaces in a single-line input', async () => {
    const area = focusArea('<input id="a" value="">', 0);
    const result = await insert({ wording: { text: 'Line one\nLine two\n\n  Line three', html: '' }, allowOverLimit: false });
    expect(result).toMatchObject({ status: 'inserted', kind: 'input' });
    expect(area.value).toBe('Line one Line two Line three');
    expect(singleLine(' a \r\n b ')).toBe('a b');
  });

  it('never goes past maxlength, even when the officer allows it', async () => {
    const area = focusArea('<textarea id="a" maxlength="10">12345</textarea>', 5);
    const result = await insert({ wording: { text: 'abcdef', html: 'abcdef' }, allowOverLimit: true });
    expect(result).toMatchObject({ status: 'over-limit', kind: 'textarea' });
    expect(area.value).toBe('12345');
    // Exactly at the limit fits.
    expect((await insert({ wording: { text: 'abcde', html: 'abcde' }, allowOverLimit: false })).status).toBe('inserted');
    expect(area.value).toBe('12345abcde');
  });

  it('goes past a limit in the label only when the officer allows it', async () => {
    const area = focusArea('<textarea id="a" aria-label="Answer (max 3 words)">one two</textarea>', 7);
    const refused = await insert({ wording: { text: ' three four', html: '' }, allowOverLimit: false });
    expect(refused.status).toBe('over-limit');
    expect(area.value).toBe('one two');
    const allowed = await insert({ wording: { text: ' three four', html: '' }, allowOverLimit: true });
    expect(allowed.status).toBe('inserted');
    expect(area.value).toBe('one two three four');
  });

  it('says there is no target when nothing editable has been used', async () => {
    html('<p>Just reading</p>');
    expect(await insert({ wording: { text: 'x', html: 'x' }, allowOverLimit: false })).toEqual({ status: 'no-target' });
  });

  it('tells the listener once when the officer moves to another field', async () => {
    html('<textarea id="a"></textarea><textarea id="b"></textarea>');
    const listener = vi.fn();
    onTargetChange(listener);
    officerClicks(byId('a'));
    officer(byId('a'), 'keyup');
    officer(byId('a'), 'input');
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(1);
    officerClicks(byId('b'));
    await Promise.resolve();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(trackedTarget()?.element).toBe(byId('b'));
    onTargetChange(() => undefined);
  });
});

describe('reading a rich editor back', () => {
  it('sees long wording by its first and last stretch, whatever happened between', () => {
    html('<div id="host" contenteditable="true"><p>Before.</p></div>');
    const host = byId('host');
    const text = `${'Start of the wording '.repeat(3)}middle ${'end of the wording '.repeat(3)}`;
    const before = snapshot(host, text, `<p>${text}</p>`);
    expect(arrived(host, before)).toBe(false);
    host.insertAdjacentHTML('beforeend', `<p>${text.replace('middle', '<b>MIDDLE</b>')}</p>`);
    expect(arrived(host, before)).toBe(true);
  });

  it('waits for an editor that renders a moment later, and gives up when nothing comes', async () => {
    html('<div id="host" contenteditable="true"></div>');
    const host = byId('host');
    const before = snapshot(host, 'Arrives late', '<p>Arrives late</p>');
    setTimeout(() => {
      host.textContent = 'Arrives late';
    }, 30);
    expect(await arrivedSoon(host, before)).toBe(true);
    const never = snapshot(host, 'Never comes', '<p>Never comes</p>');
    expect(await arrivedSoon(host, never)).toBe(false);
  });
});

describe('insertion into rich editors, one technique at a time', () => {
  beforeAll(() => {
    startTracking();
  });

  beforeAll(() => {
    // As the panel does once the probe names the editor.
    injectEditorParts('prosemirror', 'word-online', 'draftjs');
  });

  function focusHost(markup: string): HTMLElement {
    html(markup);
    const host = document.body.querySelector<HTMLElement>('[contenteditable]');
    if (!host) throw new Error('no editing host');
    officerClicks(host);
    const text = host.querySelector('p')?.firstChild ?? host.firstChild;
    if (text) rangeIn(text, 4);
    officer(host, 'keyup');
    return host;
  }

  it('a plain contenteditable gets the HTML at the caret, the text either side kept', async () => {
    const host = focusHost('<div contenteditable="true"><p>Old text</p></div>');
    const result = await insert({ wording: { text: 'New & bold', html: '<strong>New &amp; bold</strong> ' }, allowOverLimit: false });
    expect(result).toMatchObject({ status: 'inserted', kind: 'contenteditable', method: 'range insert' });
    expect(host.innerHTML).toBe('<p>Old <strong>New &amp; bold</strong> text</p>');
  });

  it('an editor that takes a paste gets text and HTML through it, and nothing else is tried', async () => {
    const host = focusHost('<div contenteditable="true" class="ProseMirror"><p>Old text</p></div>');
    const pasted: string[] = [];
    host.addEventListener('paste', (event) => {
      event.preventDefault();
      const data = event.clipboardData;
      pasted.push(`${data?.getData('text/plain') ?? ''}|${data?.getData('text/html') ?? ''}`);
      host.querySelector('p')?.append(data?.getData('text/plain') ?? '');
    });
    const result = await insert({ wording: { text: 'Pasted words', html: '<p>Pasted words</p>' }, allowOverLimit: false });
    expect(result).toMatchObject({ status: 'inserted', kind: 'prosemirror', method: 'paste event (text + HTML)' });
    expect(pasted).toEqual(['Pasted words|<p>Pasted words</p>']);
    expect(host.textContent).toBe('Old textPasted words');
  });

  it('an editor that keeps its own selection is told the officer’s before the paste reaches it', async () => {
    // As ProseMirror does: its selection follows the page's only on selectionchange, which the browser sends a task later.
    const host = focusHost('<div contenteditable="true" class="ProseMirror"><p>Before REPLACE</p></div>');
    const text = host.querySelector('p')?.firstChild;
    if (!text) throw new Error('no text');
    let model = { start: 14, end: 14 };
    const follow = (): void => {
      const selection = document.getSelection();
      if (!selection?.rangeCount) return;
      const range = selection.getRangeAt(0);
      model = { start: range.startOffset, end: range.endOffset };
    };
    rangeIn(text, 7, 14);
    officer(host, 'keyup');
    // Listening only from now: the browser's own selectionchange for the officer's selection has not come yet.
    document.addEventListener('selectionchange', follow);
    onTestFinished(() => { document.removeEventListener('selectionchange', follow); });
    host.addEventListener('paste', (event) => {
      event.preventDefault();
      const value = text.textContent ?? '';
      text.textContent = value.slice(0, model.start) + (event.clipboardData?.getData('text/plain') ?? '') + value.slice(model.end);
    });
    const result = await insert({ wording: { text: 'Pasted words', html: '<p>Pasted words</p>' }, allowOverLimit: false });
    expect(result).toMatchObject({ status: 'inserted', method: 'paste event (text + HTML)' });
    expect(host.textContent).toBe('Before Pasted words');
  });

  it('Word for the web, ignoring the paste, leaves the officer to paste', async () => {
    const host = focusHost('<div contenteditable="true" id="WACViewPanel_EditingElement"><p>Old text</p></div>');
    const result = await insert({ wording: { text: 'Words', html: '<p>Words</p>' }, allowOverLimit: false });
    expect(result).toMatchObject({ status: 'needs-paste', kind: 'word-online' });
    expect(host.textContent).toBe('Old text');
  });

  it('an editor that swallows the paste without showing the text has failed, after waiting for it', async () => {
    const host = focusHost('<div contenteditable="true" data-contents="true"><p>Old text</p></div>');
    host.addEventListener('paste', (event) => {
      event.preventDefault();
    });
    const result = await insert({ wording: { text: 'Lost words', html: '<p>Lost words</p>' }, allowOverLimit: false });
    expect(result).toMatchObject({ status: 'failed', kind: 'draftjs' });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(300);
  });
});

describe('coming back from the panel', () => {
  beforeAll(() => {
    startTracking();
  });

  /** Focus leaves the page for the panel: the page's document loses focus, the field is remembered. */
  async function leaveForPanel(): Promise<void> {
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    (document.activeElement as HTMLElement | null)?.blur();
    await new Promise((resolve) => setTimeout(resolve, 0));
    hasFocus.mockRestore();
  }

  it('puts focus and the selection back in a text field before inserting', async () => {
    html('<textarea id="a">Start end</textarea>');
    const area = areaById('a');
    officerClicks(area);
    area.setSelectionRange(6, 6);
    officer(area, 'keyup');
    await leaveForPanel();
    expect(document.activeElement).not.toBe(area);
    expect(probe()).toMatchObject({ hasTarget: true, kind: 'textarea' });

    const result = await insert({ wording: { text: 'middle ', html: '' }, allowOverLimit: false });
    expect(result.status).toBe('inserted');
    expect(document.activeElement).toBe(area);
    expect(area.value).toBe('Start middle end');
  });

  it('puts focus and the range back in a rich editor before inserting', async () => {
    html('<div id="host" contenteditable="true"><p>Old text</p></div>');
    const host = byId('host');
    officerClicks(host);
    const text = host.querySelector('p')?.firstChild;
    if (!text) throw new Error('no text');
    rangeIn(text, 4);
    officer(host, 'keyup');
    await leaveForPanel();
    // The page moved the selection elsewhere meanwhile.
    document.getSelection()?.removeAllRanges();

    const result = await insert({ wording: { text: 'new', html: 'new ' }, allowOverLimit: false });
    expect(result.status).toBe('inserted');
    expect(document.activeElement).toBe(host);
    expect(host.innerHTML).toBe('<p>Old new text</p>');
  });

  it('forgets the field when the officer clicks away within the page', async () => {
    html('<textarea id="a"></textarea><button id="b">Elsewhere</button>');
    officerClicks(byId('a'));
    officerClicks(byId('b'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(probe().hasTarget).toBe(false);
  });
});

