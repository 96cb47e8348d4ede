/**
 * Insertion into real editors the extension has no adapter written for (or
 * only a small one, where the generic path cannot work: see
 * entrypoints/content/adapters/unknown-editor.ts), in Chromium and Firefox:
 * type, put the caret in the middle, insert the KPI from the panel, read the
 * editor's own model, undo in one step, and type again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { attribute, count, press, sleep } from './driver';
import { IS_FIREFOX, launchExtension, type BrowserName, type ExtensionSession } from './harness';
import { BUTTON_NAMES, EXPECTED_LINES, expectInsertedUndoableAndInSync, insertFromPanel, openEditorFixture, openPanelOnIndicator, statusFor, typeThenMoveCaret } from './insert-helpers';

/** The KPI's lines as most editors hold them: one per paragraph. */
const asLines = (lines: readonly string[]) => lines.join('\n');
/**
 * Trix has no paragraphs: it turns each pasted <p> into a block followed by a
 * blank line and starts the paragraphs on a line of their own (it does the
 * same with HTML the officer pastes from anywhere else).
 */
const asTrixBlocks = (lines: readonly string[]) => `\n${lines.join('\n\n\n')}\n\n`;

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

// Firefox gives a synthetic paste to the page empty, so there the generic path asks the browser's own insertHTML.
const INSERT_HTML = 'execCommand insertHTML';

/**
 * Known gap, in Firefox only: Trix takes the text through insertHTML there
 * (a content script's beforeinput reaches it without data), and lays it out
 * as its own HTML import does, not as its paste does (the layout below), so
 * the exact round trip does not hold. It runs in Chromium.
 */
const FIREFOX_LAYOUT_GAP = new Set(['Trix']);
/**
 * Known gap, in Firefox only: Squire lays the text out exactly there too,
 * but its own undo records a step only at a word break and around its own
 * commands (its paste among them, which Firefox gives no data): text the
 * browser's insertHTML adds joins the officer's last word typed in one step,
 * so Ctrl+Z takes both back. It runs in Chromium, where its paste is used.
 */
const FIREFOX_UNDO_GAP = new Set(['Squire']);
const EDITORS = [
  // [name, fixture, technique that should win in Chromium / Firefox, how the editor lays out the KPI's lines]
  ['Trix', 'editors/trix.html', { chromium: 'beforeinput insertFromPaste', firefox: INSERT_HTML }, asTrixBlocks],
  ['Summernote', 'editors/summernote.html', { chromium: 'summernote API', firefox: 'summernote API' }, asLines],
  ['Jodit', 'editors/jodit.html', { chromium: 'jodit API', firefox: 'jodit API' }, asLines],
  ['Squire', 'editors/squire.html', { chromium: 'paste event (text + HTML)', firefox: INSERT_HTML }, asLines],
  ['medium-editor', 'editors/medium-editor.html', { chromium: 'paste event (text + HTML)', firefox: INSERT_HTML }, asLines],
  ['pell', 'editors/pell.html', { chromium: INSERT_HTML, firefox: INSERT_HTML }, asLines],
] as const;

describe('inserting into editors nobody listed', () => {
  it.each(EDITORS.filter(([name]) => !(IS_FIREFOX && (FIREFOX_LAYOUT_GAP.has(name) || FIREFOX_UNDO_GAP.has(name)))))('%s: inserts the KPI at the caret, undoes in one step, and keeps its model in sync', async (_name, path, methods: Record<BrowserName, string>, layout) => {
    const fixture = await openEditorFixture(session, path);
    await typeThenMoveCaret(session, fixture, 'Hello world', 0);
    // At an officer's pace: Trix re-renders a moment after typing and would put
    // back a caret moved sooner; an officer takes longer than that to reach the panel.
    await sleep(1100);
    await press(fixture.page, 'ArrowLeft', 5);
    const status = await insertFromPanel(session, panel, fixture, 'kpi');
    expect(status, await fixture.content()).toContain('Inserted');
    expect(await attribute(panel, statusFor(BUTTON_NAMES.kpi), 'data-method')).toBe(methods[session.browserName]);
    // The editor asked the officer nothing (Jodit's "Keep as HTML?" dialog, for one, is not left open).
    expect(await count(fixture.page, '.jodit-dialog_active_true')).toBe(0);
    const openDialogs = await fixture.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].filter((dialog) => dialog.offsetParent !== null).length);
    expect(openDialogs).toBe(0);
    await expectInsertedUndoableAndInSync(session, fixture, layout(EXPECTED_LINES.kpi));
  });
});
