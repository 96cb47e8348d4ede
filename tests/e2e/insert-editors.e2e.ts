/**
 * Insertion into rich editors through the real panel, in Chromium and
 * Firefox, each fixture running the real library: type, put the caret in
 * the middle, insert the KPI (paragraphs with bold labels), read the
 * editor's own model, undo, and type again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { attribute, press, sleep } from './driver';
import { IS_FIREFOX, launchExtension, type BrowserName, type ExtensionSession } from './harness';
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

/**
 * Firefox hands the page a synthetic paste empty, so editors that only take
 * text that way get the clipboard route there: the panel copies and says
 * which keys to press, and the test presses them as the officer would.
 */
const OFFICER_PASTES = 'the officer pastes';

type Method = string;

/** The clipboard route: nothing changed, the clipboard holds the wording, and Ctrl+V (as the panel says) puts it in. */
async function pasteAsTold(fixture: FixtureHandle, status: string, text: string): Promise<void> {
  expect(status).toContain('does not accept text from extensions, so the text is copied instead');
  expect(status).toContain('press Ctrl+V');
  expect((await session.readClipboard(panel)).text).toBe(text);
  await session.bringToFront(fixture.page);
  await press(fixture.page, 'Control+v');
}

describe('inserting into rich editors', () => {
  it.each([
    // [name, fixture, technique that should win in Chromium / Firefox, ms to wait before inserting]
    ['CKEditor 5', 'editors/ckeditor5.html', { chromium: 'ckeditor5 API', firefox: 'ckeditor5 API' }, 0],
    ['CKEditor 4', 'editors/ckeditor4.html', { chromium: 'ckeditor4 API', firefox: 'ckeditor4 API' }, 0],
    ['TinyMCE', 'editors/tinymce.html', { chromium: 'tinymce API', firefox: 'tinymce API' }, 0],
    // Quill's history merges edits made within one second into one undo step
    // (its `delay` option); an officer takes longer than that to reach the
    // panel. The fixture does not expose Quill globally, so paste is used.
    ['Quill', 'editors/quill.html', { chromium: 'paste event (text + HTML)', firefox: OFFICER_PASTES }, 1100],
    ['ProseMirror', 'editors/prosemirror.html', { chromium: 'paste event (text + HTML)', firefox: OFFICER_PASTES }, 0],
    ['Lexical', 'editors/lexical.html', { chromium: 'paste event (text + HTML)', firefox: OFFICER_PASTES }, 0],
    ['Slate', 'editors/slate.html', { chromium: 'beforeinput insertFromPaste (text)', firefox: OFFICER_PASTES }, 0],
    ['Draft.js', 'editors/draftjs.html', { chromium: 'paste event (text)', firefox: OFFICER_PASTES }, 0],
    ['Google Docs look-alike', 'editors/google-docs.html', { chromium: 'paste event in the text-event frame', firefox: OFFICER_PASTES }, 0],
    ['Word for the web look-alike', 'editors/word-online.html', { chromium: 'paste event (text + HTML)', firefox: OFFICER_PASTES }, 0],
  ] as const)('%s: inserts the KPI at the caret, undoes in one step, and keeps its model in sync', async (_name, path, methods: Record<BrowserName, Method>, settleMs) => {
    const fixture = await openEditorFixture(session, path);
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);
    if (settleMs) await sleep(settleMs);
    const status = await insertFromPanel(session, panel, fixture, 'kpi');
    const method = methods[session.browserName];
    if (method === OFFICER_PASTES) await pasteAsTold(fixture, status, EXPECTED_TEXT.kpi);
    else {
      expect(status, await fixture.content()).toContain('Inserted');
      expect(await attribute(panel, statusFor(BUTTON_NAMES.kpi), 'data-method')).toBe(method);
    }
    await expectInsertedUndoableAndInSync(session, fixture, EXPECTED_LINES.kpi.join('\n'));
  });

  it.each([
    // [name, fixture, whether the officer pastes in Firefox]
    ['CKEditor 5', 'editors/ckeditor5.html', false],
    ['CKEditor 4', 'editors/ckeditor4.html', false],
    ['TinyMCE', 'editors/tinymce.html', false],
    ['Quill', 'editors/quill.html', true],
    ['ProseMirror', 'editors/prosemirror.html', true],
    // (The Lexical fixture registers no list nodes, so Lexical turns list items into paragraphs.)
    ['contenteditable', 'editors/contenteditable.html', false],
  ] as const)('%s: a tender question keeps its paragraphs, bold labels and list, replacing the selection', async (_name, path, pastesInFirefox) => {
    const fixture = await openEditorFixture(session, path);
    await typeThenMoveCaret(session, fixture, 'Before REPLACE', 0);
    await press(fixture.page, 'Shift+ArrowLeft', 7);
    const status = await insertFromPanel(session, panel, fixture, 'question');
    if (pastesInFirefox && IS_FIREFOX) await pasteAsTold(fixture, status, EXPECTED_TEXT.question);
    else expect(status).toContain('Inserted');
    await expect.poll(fixture.content).toBe(`Before ${EXPECTED_LINES.question.join('\n')}`);
    // The editor's own HTML keeps the bold labels and the list, each item once.
    const { bold, items } = await fixtureStructure(fixture);
    expect(bold).toEqual(expect.arrayContaining(['What a strong answer contains:', 'How it will be scored:', 'Weighting:', 'Response limit:']));
    // The four points of a strong answer, then the six scoring descriptors.
    expect(items.map((item) => item.trim())).toEqual([...EXPECTED_LINES.question.slice(2, 6), ...EXPECTED_LINES.question.slice(7, 13)]);
    await fixture.page.close();
  });
});
