// @vitest-environment happy-dom
/**
 * The contract between the panel and the content script: messages are
 * answered only when well formed and from the extension itself, answers are
 * parsed, and the page-world function serves one valid request and goes
 * (one that did nothing, such as a paste the editor ignored, leaves it for
 * the technique that follows).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askFrame, onPush, push, serveRequests } from '../../entrypoints/content/contract/messaging';
import { ANSWER_SUFFIX, newPageChannel } from '../../entrypoints/content/contract/page-world';
import { envelope, type InsertResponse, type ProbeResponse } from '../../entrypoints/content/contract/protocol';
import { callPageWorld } from '../../entrypoints/content/page-bridge';
import { runPageWorldFromSource } from './fixtures/page-world';

const PROBE: ProbeResponse = { hasTarget: true, lastActiveAt: 5, focused: true, isTop: true, needsPageWorld: false, kind: 'textarea' };

describe('requests', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers a well-formed request from the extension and ignores anything else', async () => {
    const insert = vi.fn((): InsertResponse => ({ status: 'inserted' }));
    serveRequests({
      probe: () => PROBE,
      insert,
      pageText: () => ({ segments: [], isTop: true, canvasDocument: false, truncated: false }),
      showEvidence: () => ({ found: false }),
    });
    const listener = fakeBrowser.runtime.onMessage;
    const self = { id: fakeBrowser.runtime.id };
    const answers: unknown[] = [];
    const ask = async (message: unknown, sender: Browser.runtime.MessageSender = self) => {
      const done = new Promise((resolve) => {
        // The fake resolves with what each listener returned: `true` keeps the channel open for an answer.
        const kept = listener.trigger(message, sender, (answer: unknown) => {
          answers.push(answer);
          resolve(answer);
        }) as unknown as Promise<unknown[]>;
        void kept.then((results) => {
          if (!results.includes(true)) resolve('ignored');
        });
      });
      return done;
    };
    expect(await ask(envelope('probe', {}))).toEqual(PROBE);
    // Not our envelope, an unknown name, a malformed body, or another extension: ignored, nothing inserted.
    expect(await ask({ type: 'sva/insert/insert', text: 'x', html: 'x', allowOverLimit: true })).toBe('ignored');
    expect(await ask(envelope('probe', {}), { id: 'someone-else' })).toBe('ignored');
    expect(await ask({ channel: 'sva', name: 'format-disk', data: {} })).toBe('ignored');
    expect(await ask(envelope('insert', { wording: { text: 1 }, allowOverLimit: false }))).toBe('ignored');
    expect(insert).not.toHaveBeenCalled();
    const wording = { text: 'Hello', html: '<p>Hello</p>' };
    expect(await ask(envelope('insert', { wording, allowOverLimit: false }))).toEqual({ status: 'inserted' });
    expect(insert).toHaveBeenCalledWith({ wording, allowOverLimit: false });
  });

  it('parses the answer: a malformed one counts as no answer', async () => {
    // A content script of another version, or a page's own listener, may answer anything.
    // (The browser's type says an answer is `void`; at run time it is whatever the frame sent.)
    vi.spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValueOnce({ status: 'done' } as never)
      .mockResolvedValueOnce({ status: 'inserted', method: 'x' } as never);
    const wording = { text: 'a', html: 'a' };
    expect(await askFrame(1, 0, 'insert', { wording, allowOverLimit: false })).toBeUndefined();
    expect(await askFrame(1, 0, 'insert', { wording, allowOverLimit: false })).toEqual({ status: 'inserted', method: 'x' });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await askFrame(1, 0, 'probe', {})).toBeUndefined();
  });
});

describe('pushes', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('delivers a valid push from a tab with its source, and drops malformed ones', async () => {
    const seen: unknown[] = [];
    const stop = onPush('targetChanged', (data, source) => seen.push({ data, source }));
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3 } as Browser.runtime.MessageSender;
    // The fake returns one promise for all listeners (its type says one per listener).
    const send = (message: unknown, from: Browser.runtime.MessageSender) =>
      fakeBrowser.runtime.onMessage.trigger(message, from, () => undefined) as unknown as Promise<unknown[]>;
    await send(envelope('targetChanged', { hasTarget: true, label: 'Q1' }), sender);
    await send(envelope('targetChanged', { hasTarget: 'yes' }), sender);
    await send(envelope('targetChanged', { hasTarget: false }), { id: fakeBrowser.runtime.id });
    expect(seen).toEqual([{ data: { hasTarget: true, label: 'Q1' }, source: { tabId: 7, frameId: 3 } }]);
    stop();
    await send(envelope('targetChanged', { hasTarget: true }), sender);
    expect(seen).toHaveLength(1);
  });

  it('does not fail when no page is listening', () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist'));
    expect(() => {
      push('targetChanged', { hasTarget: false });
    }).not.toThrow();
  });
});

describe('the page-world function', () => {

  function ck5Host() {
    const host = document.createElement('div');
    host.className = 'ck-editor__editable';
    const inserted: unknown[] = [];
    Object.assign(host, {
      ckeditorInstance: {
        data: { processor: { toView: (html: string) => ({ view: html }) }, toModel: (view: unknown) => ({ model: view }) },
        model: { insertContent: (content: unknown) => inserted.push(content) },
        editing: { view: { focus: () => undefined } },
      },
    });
    document.body.append(host);
    return { host, inserted };
  }

  it('inserts once through the editor API, then stops listening', () => {
    const { host, inserted } = ck5Host();
    runPageWorldFromSource('sva-test-1');
    expect(callPageWorld(host, 'sva-test-1', { op: 'ckeditor5', html: '<p>Hi</p>', text: 'Hi' })).toEqual({ ok: true });
    expect(inserted).toEqual([{ model: { view: '<p>Hi</p>' } }]);
    // One insertion per run: a page replaying the event gets no answer and changes nothing.
    expect(callPageWorld(host, 'sva-test-1', { op: 'ckeditor5', html: '<p>Again</p>', text: 'Again' })).toBeUndefined();
    expect(inserted).toHaveLength(1);
  });

  it('ignores malformed requests a page might send, and still serves the real one', () => {
    const { host, inserted } = ck5Host();
    runPageWorldFromSource('sva-test-2');
    for (const detail of ['not json', JSON.stringify({ op: 'eval', html: 'x', text: 'x' }), JSON.stringify({ op: 'ckeditor5', html: 5 }), '{}', 42]) {
      host.dispatchEvent(new CustomEvent('sva-test-2', { bubbles: true, detail }));
    }
    expect(inserted).toHaveLength(0);
    expect(callPageWorld(host, 'sva-test-2', { op: 'ckeditor5', html: 'x', text: 'x' })).toEqual({ ok: true });
  });

  it('leaves no named global behind and uses a fresh unguessable channel each time', () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    runPageWorldFromSource(newPageChannel());
    expect(Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name))).toEqual([]);
    const channels = new Set(Array.from({ length: 50 }, () => newPageChannel()));
    expect(channels.size).toBe(50);
    for (const channel of channels) expect(channel).toMatch(/^sva-[0-9a-f-]{36}$/);
  });

  /** An unknown editor's host with the caret inside its paragraph; what reached it is recorded. */
  function editingHost() {
    const host = document.createElement('div');
    host.contentEditable = 'true';
    host.innerHTML = '<p>Hello world</p>';
    document.body.append(host);
    const paragraph = host.querySelector('p') as HTMLParagraphElement;
    const range = document.createRange();
    range.setStart(paragraph.firstChild as Text, 6);
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    return { host, paragraph };
  }
  const transferred = (data: DataTransfer | null) => ({ text: data?.getData('text/plain'), html: data?.getData('text/html') });
  const KPI = { text: 'Measure\nUnit', html: '<p>Measure</p><p>Unit</p>' };

  it('sends the officer’s Ctrl+V from the page’s world: a paste with text and HTML, then, when the editor ignored it, a beforeinput on the editing host', () => {
    // (happy-dom has no StaticRange; the browser's is a plain record of the range's ends.)
    vi.stubGlobal('StaticRange', class {
      constructor(readonly init: StaticRangeInit) {}
    });
    const { host, paragraph } = editingHost();
    const seen: { type: string; target: EventTarget | null; text?: string; html?: string; inputType?: string }[] = [];
    host.addEventListener('paste', (event) => {
      seen.push({ type: event.type, target: event.target, ...transferred(event.clipboardData) });
    });
    host.addEventListener('beforeinput', (event) => {
      seen.push({ type: event.type, target: event.target, inputType: event.inputType, ...transferred(event.dataTransfer) });
      event.preventDefault();
    });
    runPageWorldFromSource('sva-test-5');
    expect(callPageWorld(paragraph, 'sva-test-5', { op: 'paste', ...KPI })).toEqual({ ok: false, reason: 'not cancelled' });
    expect(callPageWorld(paragraph, 'sva-test-5', { op: 'beforeinput', ...KPI })).toEqual({ ok: true });
    expect(seen).toEqual([
      { type: 'paste', target: paragraph, ...KPI },
      { type: 'beforeinput', target: host, inputType: 'insertFromPaste', ...KPI },
    ]);
    // The insertion's last event sent: the function has gone.
    expect(callPageWorld(paragraph, 'sva-test-5', { op: 'beforeinput', ...KPI })).toBeUndefined();
    vi.unstubAllGlobals();
  });

  it('reports a paste the editor took (cancelled) as done, and then goes', () => {
    const { host, paragraph } = editingHost();
    host.addEventListener('paste', (event) => {
      if (event.clipboardData?.getData('text/html') === KPI.html) event.preventDefault();
    });
    runPageWorldFromSource('sva-test-6');
    expect(callPageWorld(paragraph, 'sva-test-6', { op: 'paste', ...KPI })).toEqual({ ok: true });
    expect(callPageWorld(paragraph, 'sva-test-6', { op: 'beforeinput', ...KPI })).toBeUndefined();
  });

  it('an editor API that found no editor did nothing: the same run serves the paste that follows, and then goes', () => {
    const { host, paragraph } = editingHost();
    host.classList.add('ql-editor');
    const wrapper = document.createElement('div');
    wrapper.className = 'ql-container';
    host.replaceWith(wrapper);
    wrapper.append(host);
    const pasted: ReturnType<typeof transferred>[] = [];
    host.addEventListener('paste', (event) => {
      pasted.push(transferred(event.clipboardData));
      event.preventDefault();
    });
    runPageWorldFromSource('sva-test-7');
    expect(callPageWorld(paragraph, 'sva-test-7', { op: 'quill', ...KPI })).toEqual({ ok: false, reason: 'no Quill instance' });
    expect(callPageWorld(paragraph, 'sva-test-7', { op: 'paste', text: KPI.text, html: '' })).toEqual({ ok: true });
    // No HTML asked for: the paste carries plain text only (Draft.js, Slate).
    expect(pasted).toEqual([{ text: KPI.text, html: '' }]);
    expect(callPageWorld(paragraph, 'sva-test-7', { op: 'paste', ...KPI })).toBeUndefined();
  });

  it('says when the editor is not there, and the bridge refuses a forged answer shape', () => {
    const plain = document.createElement('div');
    document.body.append(plain);
    runPageWorldFromSource('sva-test-3');
    expect(callPageWorld(plain, 'sva-test-3', { op: 'ckeditor5', html: 'x', text: 'x' })).toEqual({ ok: false, reason: 'no CKEditor 5 instance' });
    // A page answering on a channel it guessed, with a shape of its own.
    plain.addEventListener('sva-forged', () => {
      plain.dispatchEvent(new CustomEvent('sva-forged' + ANSWER_SUFFIX, { detail: JSON.stringify({ ok: 'yes' }) }));
    });
    expect(callPageWorld(plain, 'sva-forged', { op: 'quill', html: 'x', text: 'x' })).toEqual({ ok: false, reason: 'malformed answer' });
  });
});
