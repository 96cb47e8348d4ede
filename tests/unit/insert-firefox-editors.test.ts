// @vitest-environment happy-dom
/**
 * The named editors as the Firefox build serves them. Firefox hands the page
 * a content script's synthetic paste and beforeinput without their data, so
 * there the editors that take those events get the same events sent from
 * the page's own world (adapters/page-api.ts), under the same names as in
 * Chromium; the clipboard route stays the last resort. Unit tests run as
 * the Chrome build, so the Firefox build's constant is put in here.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Shared from '../../entrypoints/content/adapters/shared';
import { runPageWorldFromSource } from './fixtures/page-world';

vi.mock('../../entrypoints/content/adapters/shared', async (importOriginal) => ({
  ...(await importOriginal<typeof Shared>()),
  SYNTHETIC_PASTE_CARRIES_DATA: false,
  INSERT_HTML_ORPHANS_LAST_LINE: true,
}));

const { adapterFor } = await import('../../entrypoints/content/adapters');
const { insert, probe } = await import('../../entrypoints/content/insert');
const { startTracking } = await import('../../entrypoints/content/tracker');
const { injectEditorParts } = await import('./fixtures/editor-parts');
const { googleDocsTechniques } = await import('../../entrypoints/editor-google-docs');

/** The officer clicks into the editor and leaves the caret after "Hello " (trusted events, as the browser reports them). */
function officerLeavesCaret(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  const host = document.body.querySelector<HTMLElement>('[contenteditable]');
  const text = host?.querySelector('p')?.firstChild;
  if (!host || !text) throw new Error('no editor');
  const event = new Event('pointerdown', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  host.dispatchEvent(event);
  host.focus();
  const range = document.createRange();
  range.setStart(text, 6);
  range.collapse(true);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
  return host;
}

const WORDING = { text: 'Measure\nUnit', html: '<p><strong>Measure</strong></p><p>Unit</p>' };

/** What reached the editor's own handlers: the event and the data it carried. */
interface Seen {
  type: string;
  types: string[];
  text: string;
}

/** An editor that takes `takes` itself: it cancels the event and inserts its text/plain at the caret (as its model would). */
function editorTaking(host: HTMLElement, takes: 'paste' | 'beforeinput' | 'nothing'): Seen[] {
  const seen: Seen[] = [];
  const record = (type: string, data: DataTransfer | null) => {
    const types = [...(data?.types ?? [])];
    seen.push({ type, types, text: data?.getData('text/plain') ?? '' });
    return data?.getData('text/plain') ?? '';
  };
  const take = (event: Event, text: string) => {
    if (!text) return;
    event.preventDefault();
    host.querySelector('p')?.insertAdjacentText('afterbegin', text.replace(/\n/g, ' '));
  };
  host.addEventListener('paste', (event) => {
    const text = record('paste', event.clipboardData);
    if (takes === 'paste') take(event, text);
  });
  host.addEventListener('beforeinput', (event) => {
    const text = record('beforeinput', event.dataTransfer);
    if (takes === 'beforeinput') take(event, text);
  });
  return seen;
}

const EDITORS = {
  prosemirror: '<div class="ProseMirror" contenteditable="true"><p>Hello world</p></div>',
  lexical: '<div data-lexical-editor="true" contenteditable="true"><p>Hello world</p></div>',
  slate: '<div data-slate-editor="true" contenteditable="true"><p>Hello world</p></div>',
  draftjs: '<div class="public-DraftEditor-content" contenteditable="true"><p>Hello world</p></div>',
  quill: '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Hello world</p></div></div>',
  'word-online': '<div id="WACViewPanel_EditingElement" contenteditable="true"><p>Hello world</p></div>',
} as const;

let channels = 0;
/** The panel starts the page-world function for this one insertion, as insert-client.ts does. */
function pageWorldStarted(): string {
  channels += 1;
  const channel = `sva-firefox-${String(channels)}`;
  runPageWorldFromSource(channel);
  return channel;
}

beforeAll(() => {
  startTracking();
  // (happy-dom has no StaticRange; the browser's is a plain record of the range's ends.)
  vi.stubGlobal('StaticRange', class {
    constructor(readonly init: StaticRangeInit) {}
  });
  injectEditorParts('prosemirror', 'lexical', 'slate', 'draftjs', 'quill', 'word-online');
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('named editors in Firefox', () => {
  it.each([
    ['prosemirror', ['paste event (text + HTML)']],
    ['lexical', ['paste event (text + HTML)', 'beforeinput insertFromPaste']],
    ['slate', ['beforeinput insertFromPaste (text)', 'paste event (text)']],
    ['draftjs', ['paste event (text)']],
    ['quill', ['quill API', 'paste event (text + HTML)']],
    ['word-online', ['paste event (text + HTML)']],
  ] as const)('%s: the probe asks for its part and the page world; its techniques are the Chromium events, sent from there, then the clipboard route', (name, techniques) => {
    const host = officerLeavesCaret(EDITORS[name]);
    expect(probe()).toMatchObject({ needsPageWorld: true });
    const adapter = adapterFor(host);
    expect(adapter?.techniques.map((technique) => technique.name)).toEqual(techniques);
    expect(adapter?.pasteWhenAllFail).toBe(true);
  });

  it.each([
    ['prosemirror', 'paste', 'paste event (text + HTML)', ['paste']],
    ['lexical', 'beforeinput', 'beforeinput insertFromPaste', ['paste', 'beforeinput']],
    ['slate', 'beforeinput', 'beforeinput insertFromPaste (text)', ['beforeinput']],
    ['draftjs', 'paste', 'paste event (text)', ['paste']],
    // No Quill instance on the page: its API finds none, and the same run of the page-world function serves the paste after it.
    ['quill', 'paste', 'paste event (text + HTML)', ['paste']],
    ['word-online', 'paste', 'paste event (text + HTML)', ['paste']],
  ] as const)('%s: the event it takes, sent from the page world, carries the wording and inserts it', async (name, takes, method, events) => {
    const host = officerLeavesCaret(EDITORS[name]);
    const seen = editorTaking(host, takes);
    const answer = await insert({ wording: WORDING, allowOverLimit: false, pageChannel: pageWorldStarted() });
    expect(answer).toMatchObject({ status: 'inserted', method });
    expect(host.textContent).toBe('Measure UnitHello world');
    expect(seen.map((event) => event.type)).toEqual(events);
    expect(seen.every((event) => event.text === WORDING.text)).toBe(true);
    // Draft.js and Slate are given plain text, as in Chromium; the others text and HTML.
    const plain = method.endsWith('(text)');
    for (const event of seen) expect(event.types).toEqual(plain ? ['text/plain'] : ['text/plain', 'text/html']);
  });

  it('an editor that takes none of the events: nothing is inserted and, without waiting out a timeout, the officer is asked to paste', async () => {
    const host = officerLeavesCaret(EDITORS.lexical);
    const seen = editorTaking(host, 'nothing');
    const started = performance.now();
    const answer = await insert({ wording: WORDING, allowOverLimit: false, pageChannel: pageWorldStarted() });
    expect(answer).toMatchObject({ status: 'needs-paste', kind: 'lexical' });
    expect(seen.map((event) => event.type)).toEqual(['paste', 'beforeinput']);
    expect(host.textContent).toBe('Hello world');
    expect(performance.now() - started).toBeLessThan(300);
  });

  it('when the panel could not start the page world, the techniques are skipped at once and the officer pastes', async () => {
    const host = officerLeavesCaret(EDITORS.prosemirror);
    const seen = editorTaking(host, 'paste');
    expect(await insert({ wording: WORDING, allowOverLimit: false })).toMatchObject({ status: 'needs-paste' });
    expect(seen).toEqual([]);
  });

  it('Google Docs: a paste Docs cancelled in the page world is trusted (Docs draws on a canvas); one it ignored is not', () => {
    const [technique] = googleDocsTechniques(false);
    if (!technique) throw new Error('no technique');
    expect(technique.name).toBe('paste event in the text-event frame');
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const target = document.body.firstElementChild as HTMLElement;
    const job = { target: { element: target, at: 1 }, text: WORDING.text, html: WORDING.html };
    let takes = true;
    const pasted: string[] = [];
    target.addEventListener('paste', (event) => {
      pasted.push(event.clipboardData?.getData('text/plain') ?? '');
      if (takes) event.preventDefault();
    });
    expect(technique.apply({ ...job, pageChannel: pageWorldStarted() })).toBe('trusted');
    takes = false;
    expect(technique.apply({ ...job, pageChannel: pageWorldStarted() })).toBe(false);
    // Without the page world, nothing is sent (a content script's paste would arrive empty).
    expect(technique.apply(job)).toBe(false);
    expect(pasted).toEqual([WORDING.text, WORDING.text]);
  });
});
