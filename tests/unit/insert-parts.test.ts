// @vitest-environment happy-dom
/**
 * The content script in parts: the core (/insertion.js) serves plain fields
 * and unknown contenteditables itself; a named editor's techniques arrive
 * in that editor's own file, which the panel injects into the one frame
 * that found it, and only then.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scriptsFor } from '../../components/insert/inject-tab';
import { insertInto, type FrameTarget } from '../../components/insert/insert-client';
import { insert, probe } from '../../entrypoints/content/insert';
import { startTracking } from '../../entrypoints/content/tracker';
import { injectEditorParts } from './fixtures/editor-parts';

/** The officer clicks into a field (trusted events, as the browser reports them). */
function officerClicks(element: HTMLElement): void {
  const event = new Event('pointerdown', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
  element.focus();
}

function field(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  const element = document.body.querySelector<HTMLElement>('textarea, [contenteditable]');
  if (!element) throw new Error('no field');
  officerClicks(element);
  return element;
}

/** What the panel asked `scripting.executeScript` for. */
interface Injected {
  target: { tabId: number; frameIds?: number[] };
  files?: string[];
}

const WORDING = { text: 'Social value', html: '<p>Social value</p>' };

startTracking();

describe('the content script in parts', () => {
  let injected: Injected[];
  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    // (The fake has no executeScript of its own.)
    const record = (details: Injected): void => {
      injected.push(details);
    };
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(record);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('injects the core alone into a tab, and the page-text part with it only to read the page', () => {
    expect(scriptsFor('insert')).toEqual(['/insertion.js']);
    expect(scriptsFor('page-text')).toEqual(['/insertion.js', '/page-text.js']);
  });

  it('a plain textarea is served by the core: its probe asks for no part, and the panel injects none', async () => {
    field('<textarea>Old text</textarea>');
    const found = probe();
    expect(found).toMatchObject({ hasTarget: true, kind: 'textarea', needsPageWorld: false });
    expect(found.loadEditor).toBeUndefined();
    const target: FrameTarget = { tabId: 7, frameId: 0, probe: found };
    await insertInto(target, WORDING, false);
    expect(injected.flatMap((details) => details.files ?? [])).toEqual([]);
  });

  it('TinyMCE: the probe names its part, the panel injects that one file into that frame, and then the core has its techniques', async () => {
    field('<div class="mce-content-body" contenteditable="true"><p>Old text</p></div>');
    const found = probe();
    expect(found).toMatchObject({ kind: 'tinymce', needsPageWorld: true, loadEditor: 'tinymce' });
    // Without its part, the core tries nothing (and says so) rather than use a technique TinyMCE cannot undo.
    expect(await insert({ wording: WORDING, allowOverLimit: false })).toEqual({ status: 'failed', kind: 'tinymce' });

    await insertInto({ tabId: 7, frameId: 3, probe: found }, WORDING, false);
    expect(injected.filter((details) => details.files)).toEqual([expect.objectContaining({ target: { tabId: 7, frameIds: [3] }, files: ['/editor-tinymce.js'] })]);

    injectEditorParts('tinymce'); // what that file does when it runs in the frame
    expect(probe().loadEditor).toBeUndefined();
  });
});
