/**
 * Insertion into real editors the extension has no adapter written for (or
 * only a small one, where the generic path cannot work: see
 * entrypoints/content/adapters/unknown-editor.ts): type, put the caret in the
 * middle, insert the KPI from the panel, read the editor's own model, undo in
 * one step, and type again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { BUTTON_NAMES, expectInsertedUndoableAndInSync, htmlLines, insertFromPanel, openEditorFixture, openPanelOnIndicator, statusFor, typeThenMoveCaret, wording } from './insert-helpers';

/** The KPI's lines as most editors hold them: one per paragraph. */
const asLines = (lines: string[]) => lines.join('\n');
/**
 * Trix has no paragraphs: it turns each pasted <p> into a block followed by a
 * blank line and starts the paragraphs on a line of their own (it does the
 * same with HTML the officer pastes from anywhere else).
 */
const asTrixBlocks = (lines: string[]) => `\n${lines.join('\n\n\n')}\n\n`;

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

describe('inserting into editors nobody listed', () => {
  it.each([
    // [name, fixture, technique that should win, how the editor lays out the KPI's lines]
    ['Trix', 'editors/trix.html', 'beforeinput insertFromPaste', asTrixBlocks],
    ['Summernote', 'editors/summernote.html', 'summernote API', asLines],
    ['Jodit', 'editors/jodit.html', 'execCommand insertHTML', asLines],
    ['Squire', 'editors/squire.html', 'paste event (text + HTML)', asLines],
    ['medium-editor', 'editors/medium-editor.html', 'paste event (text + HTML)', asLines],
    ['pell', 'editors/pell.html', 'execCommand insertHTML', asLines],
  ] as const)('%s: inserts the KPI at the caret, undoes in one step, and keeps its model in sync', async (_name, path, method, layout) => {
    const fixture = await openEditorFixture(session, path);
    await typeThenMoveCaret(fixture, 'Hello world', 0);
    // At an officer's pace: Trix re-renders a moment after typing and would put back a caret moved sooner.
    await fixture.page.waitForTimeout(300);
    for (let i = 0; i < 5; i += 1) await fixture.page.keyboard.press('ArrowLeft');
    const lines = htmlLines(wording('kpi').html);
    const status = await insertFromPanel(panel, fixture, 'kpi');
    expect(status, await fixture.content()).toContain('Inserted');
    expect(await statusFor(panel, BUTTON_NAMES.kpi).getAttribute('data-method')).toBe(method);
    // The editor asked the officer nothing (Jodit's "Keep as HTML?" dialog, for one, is not left open).
    expect(await fixture.page.locator('[role="dialog"]:visible, .jodit-dialog_active_true').count()).toBe(0);
    await expectInsertedUndoableAndInSync(fixture, layout(lines));
  });
});
