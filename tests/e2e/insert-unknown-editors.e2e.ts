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
import { launchExtension, type BrowserName, type ExtensionSession } from './harness';
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

/**
 * The browser's own command, which the generic path asks when the editor
 * took neither the paste nor the beforeinput. (Firefox gives the page a
 * content script's events without their data, so there both are sent from
 * the page's own world: the editors below see the same events in both browsers.)
 */
const INSERT_HTML = 'execCommand insertHTML';
const PASTE = 'paste event (text + HTML)';
const BEFORE_INPUT = 'beforeinput insertFromPaste';
const EDITORS = [
  // [name, fixture, technique that should win in Chromium / Firefox, how the editor lays out the KPI's lines]
  ['Trix', 'editors/trix.html', { chromium: BEFORE_INPUT, firefox: BEFORE_INPUT }, asTrixBlocks],
  ['Summernote', 'editors/summernote.html', { chromium: 'summernote API', firefox: 'summernote API' }, asLines],
  ['Jodit', 'editors/jodit.html', { chromium: 'jodit API', firefox: 'jodit API' }, asLines],
  ['Squire', 'editors/squire.html', { chromium: PASTE, firefox: PASTE }, asLines],
  // Firefox: medium-editor's paste would hand its paragraphs to Firefox's insertHTML, which splits the line (adapters/medium-editor.ts).
  ['medium-editor', 'editors/medium-editor.html', { chromium: PASTE, firefox: INSERT_HTML }, asLines],
  ['pell', 'editors/pell.html', { chromium: INSERT_HTML, firefox: INSERT_HTML }, asLines],
] as const;

describe('inserting into editors nobody listed', () => {
  it.each(EDITORS)('%s: inserts the KPI at the caret, undoes in one step, and keeps its model in sync', async (_name, path, methods: Record<BrowserName, string>, layout) => {
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
