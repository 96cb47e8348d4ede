/**
 * Insertion into rich editors through the real panel, in Chromium and
 * Firefox, each fixture running the real library: type, put the caret in
 * the middle, insert the KPI (paragraphs with bold labels), read the
 * editor's own model, undo, and type again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { attribute, press, sleep } from './driver';
import { launchExtension, type ExtensionSession } from './harness';
import {
  BUTTON_NAMES,
  EXPECTED_LINES,
  EXPECTED_TEXT,
  expectInsertedUndoableAndInSync,
  type FixtureHandle,
  fixtureStructure,
  insertFromPanel,
  openEditorFixture,
  openPanelOnIndicator,
  statusFor,
  typeThenMoveCaret,
} from './insert-helpers';

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

/** The clipboard route: nothing changed, the clipboard holds the wording, and Ctrl+V (as the panel says) puts it in. */
async function pasteAsTold(fixture: FixtureHandle, status: string, text: string): Promise<void> {
  expect(status).toContain('does not accept text from extensions, so the text is copied instead');
  expect(status).toContain('press Ctrl+V');
  expect((await session.readClipboard(panel)).text).toBe(text);
  await session.bringToFront(fixture.page);
  await press(fixture.page, 'Control+v');
}

/**
 * The techniques that win are the same in both browsers: where Firefox
 * hands the page a content script's synthetic paste or beforeinput without
 * its data, the editor's part sends the same event from the page's own world
 * under the same name (adapters/page-api.ts).
 */
describe('inserting into rich editors', () => {
  it.each([
    // [name, fixture, technique that should win, ms to wait before inserting]
    ['CKEditor 5', 'editors/ckeditor5.html', 'ckeditor5 API', 0],
    ['CKEditor 4', 'editors/ckeditor4.html', 'ckeditor4 API', 0],
    ['TinyMCE', 'editors/tinymce.html', 'tinymce API', 0],
    // Quill's history merges edits made within one second into one undo step
    // (its `delay` option); an officer takes longer than that to reach the
    // panel. The fixture does not expose Quill globally, so paste is used.
    ['Quill', 'editors/quill.html', 'paste event (text + HTML)', 1100],
    ['ProseMirror', 'editors/prosemirror.html', 'paste event (text + HTML)', 0],
    ['Lexical', 'editors/lexical.html', 'paste event (text + HTML)', 0],
    ['Slate', 'editors/slate.html', 'beforeinput insertFromPaste (text)', 0],
    ['Draft.js', 'editors/draftjs.html', 'paste event (text)', 0],
    ['Google Docs look-alike', 'editors/google-docs.html', 'paste event in the text-event frame', 0],
    ['Word for the web look-alike', 'editors/word-online.html', 'paste event (text + HTML)', 0],
  ] as const)('%s: inserts the KPI at the caret, undoes in one step, and keeps its model in sync', async (_name, path, method, settleMs) => {
    const fixture = await openEditorFixture(session, path);
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);
    if (settleMs) await sleep(settleMs);
    const status = await insertFromPanel(session, panel, fixture, 'kpi');
    expect(status, await fixture.content()).toContain('Inserted');
    expect(await attribute(panel, statusFor(BUTTON_NAMES.kpi), 'data-method')).toBe(method);
    await expectInsertedUndoableAndInSync(session, fixture, EXPECTED_LINES.kpi.join('\n'));
  });

  it('an editor that takes no technique: the panel copies the wording and says which keys to press, and the officer’s Ctrl+V puts it in', async () => {
    const fixture = await openEditorFixture(session, 'editors/word-online.html');
    // As a Word for the web might: this page ignores every paste it did not get from the officer's own keys.
    await fixture.page.evaluate(() => {
      window.addEventListener('paste', (event) => { if (!event.isTrusted) event.stopImmediatePropagation(); }, true);
    });
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);
    const status = await insertFromPanel(session, panel, fixture, 'kpi');
    expect(await fixture.content()).toBe('Hello world');
    await pasteAsTold(fixture, status, EXPECTED_TEXT.kpi);
    await expectInsertedUndoableAndInSync(session, fixture, EXPECTED_LINES.kpi.join('\n'));
  });

  it.each([
    ['CKEditor 5', 'editors/ckeditor5.html'],
    ['CKEditor 4', 'editors/ckeditor4.html'],
    ['TinyMCE', 'editors/tinymce.html'],
    ['Quill', 'editors/quill.html'],
    ['ProseMirror', 'editors/prosemirror.html'],
    // (The Lexical fixture registers no list nodes, so Lexical turns list items into paragraphs.)
    ['contenteditable', 'editors/contenteditable.html'],
  ] as const)('%s: a tender question keeps its paragraphs, bold labels and list, replacing the selection', async (_name, path) => {
    const fixture = await openEditorFixture(session, path);
    await typeThenMoveCaret(session, fixture, 'Before REPLACE', 0);
    await press(fixture.page, 'Shift+ArrowLeft', 7);
    const status = await insertFromPanel(session, panel, fixture, 'question');
    expect(status).toContain('Inserted');
    await expect.poll(fixture.content).toBe(`Before ${EXPECTED_LINES.question.join('\n')}`);
    // The editor's own HTML keeps the bold labels and the list, each item once.
    const { bold, items } = await fixtureStructure(fixture);
    expect(bold).toEqual(expect.arrayContaining(['What a strong answer contains:', 'How it will be scored:', 'Weighting:', 'Response limit:']));
    // The four points of a strong answer, then the six scoring descriptors.
    expect(items.map((item) => item.trim())).toEqual([...EXPECTED_LINES.question.slice(2, 6), ...EXPECTED_LINES.question.slice(7, 13)]);
    await fixture.page.close();
  });
});
