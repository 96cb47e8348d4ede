// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../entrypoints/content/adapters';
import { injectEditorParts } from './fixtures/editor-parts';
import { looksModelManaged } from '../../entrypoints/content/adapters/editor-signs';
import { unknownEditorInCore, unknownEditorSign } from '../../entrypoints/content/adapters/unknown-editor';
import { unknownEditorTechniques } from '../../entrypoints/editor-unknown';
import { runPageWorldFromSource } from './fixtures/page-world';
import { arrivedSoon, keptAfterFrame, QUIET_GIVE_UP_MS, snapshot } from '../../entrypoints/content/verify';

function editable(html: string, selector: string): HTMLElement {
  document.body.innerHTML = html;
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

describe('an editor nobody listed', () => {
  it('a bare contenteditable in page markup shows no sign of an editor model', () => {
    expect(looksModelManaged(editable('<main><div id="f" class="plain-editable" contenteditable="true"></div></main>', '#f'))).toBe(false);
  });

  it.each([
    ['a custom element host (Trix)', '<trix-editor id="f" contenteditable="true"></trix-editor>'],
    ['editor classes on a wrapper (Summernote)', '<div class="note-editor"><div class="note-editing-area"><div id="f" class="note-editable" contenteditable="true"></div></div></div>'],
    ['an editor data attribute', '<div data-rte-root><p><span id="f" contenteditable="true"></span></p></div>'],
    ['a view beside its toolbar (pell)', '<div><div role="toolbar"></div><div id="f" contenteditable="true"></div></div>'],
  ])('%s looks managed by its own model', (_name, html) => {
    expect(looksModelManaged(editable(html, '#f'))).toBe(true);
  });

  it('tries the editor’s own paths (paste, beforeinput) before the browser command, and writes the DOM only on bare hosts', () => {
    const adapter = adapterFor(editable('<div id="f" contenteditable="true"></div>', '#f'));
    expect(adapter?.techniques.map((t) => t.name)).toEqual(['paste event (text + HTML)', 'beforeinput insertFromPaste', 'execCommand insertHTML', 'range insert']);
    expect(adapter?.confirmKept).toBe(true);
  });

  it('in Firefox, sends the same events from the page’s world (its part), where the editor can read their data, then the browser command', () => {
    // Firefox empties a content script's paste: there the core only recognises the editor, and asks for the part and the page's world.
    expect(unknownEditorSign).toMatchObject({ part: 'unknown', needsPageWorld: true, confirmKept: true, pasteWhenAllFail: true });
    const techniques = unknownEditorTechniques();
    expect(techniques.map((t) => t.name)).toEqual(unknownEditorInCore.techniques.map((t) => t.name));

    const host = editable('<div id="f" class="squire" contenteditable="true"><p>Hello world</p></div>', '#f');
    const pasted: string[] = [];
    host.addEventListener('paste', (event) => {
      pasted.push(event.clipboardData?.getData('text/html') ?? '');
      event.preventDefault();
    });
    const paste = techniques[0];
    if (!paste) throw new Error('no paste technique');
    const job = { target: { element: host, at: 1 }, text: 'Social value', html: '<p>Social value</p>' };
    // Without the page-world function (the panel could not start it), the technique is skipped at once.
    expect(paste.apply(job)).toBe(false);
    runPageWorldFromSource('sva-test-part');
    expect(paste.apply({ ...job, pageChannel: 'sva-test-part' })).toBe(true);
    expect(paste.claims).toBe(true);
    expect(pasted).toEqual(['<p>Social value</p>']);
  });

  it('Jodit and Summernote get their small adapters; other unknown editors the generic one', () => {
    injectEditorParts('jodit', 'summernote');
    expect(adapterFor(editable('<div id="f" class="jodit-wysiwyg" contenteditable="true"></div>', '#f'))?.techniques.map((t) => t.name)).toEqual(['jodit API', 'execCommand insertHTML']);
    expect(adapterFor(editable('<div id="f" class="note-editable" contenteditable="true"></div>', '#f'))?.needsPageWorld).toBe(true);
    expect(adapterFor(editable('<div id="f" class="squire" contenteditable="true"></div>', '#f'))?.techniques[0]?.name).toBe('paste event (text + HTML)');
  });
});

describe('verification that does not wait out its timeout', () => {
  it('gives up soon when the editor changed nothing at all', async () => {
    const host = editable('<div id="f" contenteditable="true">Hello</div>', '#f');
    const before = snapshot(host, 'NEW', '<p>NEW</p>');
    const started = performance.now();
    expect(await arrivedSoon(host, before)).toBe(false);
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(QUIET_GIVE_UP_MS - 5);
    expect(waited).toBeLessThan(300);
  });

  it('keeps waiting for an editor that is busy changing its DOM, and sees text that arrives late', async () => {
    const host = editable('<div id="f" contenteditable="true">Hello</div>', '#f');
    const before = snapshot(host, 'NEW', '<p>NEW</p>');
    setTimeout(() => { host.append(' …'); }, 40);
    setTimeout(() => { host.append(' NEW'); }, 160);
    expect(await arrivedSoon(host, before)).toBe(true);
  });

  it('waits longer, without the early give-up, for an editor that claimed the text (cancelled our event) and draws it late', async () => {
    const host = editable('<div id="f" contenteditable="true">Hello</div>', '#f');
    const before = snapshot(host, 'NEW', '<p>NEW</p>');
    setTimeout(() => { host.append(' NEW'); }, 500);
    expect(await arrivedSoon(host, before, false)).toBe(false);
    expect(await arrivedSoon(host, before, true)).toBe(true);
  });

  it('sees text an editor draws a moment later as soon as it draws it, not at the next poll', async () => {
    const host = editable('<div id="f" contenteditable="true">Hello</div>', '#f');
    const before = snapshot(host, 'NEW', '<p>NEW</p>');
    let nextTaskRan = false;
    setTimeout(() => {
      host.append(' NEW');
      // Any later task (a poll among them) comes after the editor's drawing has been read.
      setTimeout(() => {
        nextTaskRan = true;
      }, 0);
    }, 5);
    expect(await arrivedSoon(host, before)).toBe(true);
    expect(nextTaskRan).toBe(false);
  });

  it('notices an editor that puts its own DOM back after the text arrived', async () => {
    const host = editable('<div id="f" contenteditable="true">Hello</div>', '#f');
    const before = snapshot(host, 'NEW', '<p>NEW</p>');
    host.append(' NEW');
    expect(await arrivedSoon(host, before)).toBe(true);
    setTimeout(() => {
      host.textContent = 'Hello';
    }, 0);
    expect(await keptAfterFrame(host, before)).toBe(false);
  });
});
