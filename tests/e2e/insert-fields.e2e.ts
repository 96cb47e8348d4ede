/**
 * Insertion into plain fields through the real panel, in Chromium:
 * textarea, text input, a React-controlled textarea with maxlength,
 * contenteditable, fields in same- and cross-origin iframes and in a shadow
 * root. Each: type, put the caret in the middle, insert, check the editor's
 * own content, undo, type again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { BUTTON_NAMES, expectInsertedUndoableAndInSync, htmlLines, insertFromPanel, openEditorFixture, openPanelOnIndicator, statusFor, typeThenMoveCaret, undo, wording } from './insert-helpers';

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

describe('inserting into plain text fields', () => {
  it.each([
    ['textarea', 'editors/textarea.html', undefined],
    ['React-controlled textarea with maxlength', 'editors/react-textarea.html', undefined],
    ['textarea in a shadow root', 'editors/shadow-root.html', 'textarea'],
    ['textarea in a same-origin iframe', 'editors/same-origin-iframe.html', undefined],
  ] as const)('%s: inserts the tender question at the caret, undoes, and keeps the model in sync', async (_name, path, fixtureName) => {
    const fixture = await openEditorFixture(session, path, fixtureName);
    await typeThenMoveCaret(fixture, 'Hello world', 5);
    const { text } = wording('question');
    const status = await insertFromPanel(panel, fixture, 'question');
    expect(status, await fixture.content()).toContain("Inserted");
    await expectInsertedUndoableAndInSync(fixture, text);
  });
});

describe('inserting into contenteditable', () => {
  it.each([
    ['contenteditable', 'editors/contenteditable.html', undefined],
    ['contenteditable in a shadow root', 'editors/shadow-root.html', 'contenteditable'],
  ] as const)('%s: inserts formatted KPI wording at the caret', async (_name, path, fixtureName) => {
    const fixture = await openEditorFixture(session, path, fixtureName);
    await typeThenMoveCaret(fixture, 'Hello world', 5);
    const lines = htmlLines(wording('kpi').html);
    const status = await insertFromPanel(panel, fixture, 'kpi');
    expect(status, await fixture.content()).toContain("Inserted");
    await expectInsertedUndoableAndInSync(fixture, lines.join('\n'));
  });
});

describe('single-line inputs and frames', () => {
  it('text input: joins the lines of multi-line wording with spaces', async () => {
    const fixture = await openEditorFixture(session, 'editors/input.html');
    await typeThenMoveCaret(fixture, 'Hello world', 5);
    const text = wording('kpi').text.replace(/\n+/g, ' ');
    expect(await insertFromPanel(panel, fixture, 'kpi')).toContain('Inserted');
    await expectInsertedUndoableAndInSync(fixture, text);
  });

  it('textarea in a cross-origin iframe: only that frame inserts', async () => {
    const fixture = await openEditorFixture(session, `editors/cross-origin-iframe.html?cross=${encodeURIComponent(session.crossOrigin)}`);
    await typeThenMoveCaret(fixture, 'Hello world', 5);
    const { text } = wording('outcome');
    expect(await insertFromPanel(panel, fixture, 'outcome')).toContain('Inserted');
    await expectInsertedUndoableAndInSync(fixture, text);
  });
});

describe('selections, limits and missing targets', () => {
  it('replaces only the selected text', async () => {
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await typeThenMoveCaret(fixture, 'Keep REPLACE keep', 5);
    // The caret is just after "REPLACE": select it.
    for (let i = 0; i < 7; i += 1) await fixture.page.keyboard.press('Shift+ArrowLeft');
    const { text } = wording('indicator');
    expect(await insertFromPanel(panel, fixture, 'indicator')).toContain('Inserted');
    await expect.poll(fixture.content).toBe(`Keep ${text} keep`);
    await undo(fixture);
    await expect.poll(fixture.content).toBe('Keep REPLACE keep');
    await fixture.page.close();
  });

  it('React textarea with maxlength: refuses text that would be cut off and offers to copy it', async () => {
    const fixture = await openEditorFixture(session, 'editors/react-textarea.html');
    const filler = 'x'.repeat(1900);
    await fixture.page.bringToFront();
    await fixture.field.fill(filler);
    await expect.poll(fixture.content).toBe(filler);
    const status = await insertFromPanel(panel, fixture, 'question');
    expect(status).toContain('Too long for this field');
    expect(status).toContain('The field allows 2,000 characters; 100 characters are left.');
    expect(status).toContain('cut the text off');
    const actions = statusFor(panel, BUTTON_NAMES.question);
    expect(await actions.getByRole('button', { name: 'Insert anyway' }).count()).toBe(0);
    await actions.getByRole('button', { name: 'Copy instead' }).click();
    await expect.poll(() => actions.textContent()).toContain('Copied. Click where the text should go and press Ctrl+V.');
    expect(await fixture.content()).toBe(filler);
    await fixture.page.close();
  });

  it('a limit in the field’s label: warns first, then inserts only when the officer chooses “Insert anyway”', async () => {
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await fixture.page.evaluate(() => {
      const label = document.querySelector('label[for="field"]');
      if (label) label.textContent = 'Social value response (maximum 50 words)';
    });
    await typeThenMoveCaret(fixture, 'Hello world', 5);
    const { text } = wording('question');
    const status = await insertFromPanel(panel, fixture, 'question');
    expect(status).toContain('Too long for this field');
    expect(status).toContain('limit of 50 words; 48 words are left');
    expect(await fixture.content()).toBe('Hello world');
    await fixture.page.bringToFront();
    await statusFor(panel, BUTTON_NAMES.question).getByRole('button', { name: 'Insert anyway' }).click();
    await expect.poll(() => statusFor(panel, BUTTON_NAMES.question).textContent()).toContain('Inserted');
    await expect.poll(fixture.content).toBe(`Hello ${text}world`);
    await fixture.page.close();
  });

  it('a browser page that forbids extensions: says so and copies the text instead', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://version');
    await page.bringToFront();
    await panel.getByRole('button', { name: BUTTON_NAMES.indicator, exact: true }).click();
    const status = statusFor(panel, BUTTON_NAMES.indicator);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('This page does not let extensions change it');
    expect(await status.textContent()).toContain('press Ctrl+V');
    await page.close();
  });

  it('no field with a caret: says so and changes nothing', async () => {
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await fixture.page.bringToFront();
    await fixture.field.fill('Untouched');
    // Click away from the field: the page keeps focus, but there is no caret.
    await fixture.page.getByRole('heading', { level: 1 }).click();
    const status = await insertFromPanel(panel, fixture, 'kpi');
    expect(status).toContain('Nothing was inserted: there is no field with a cursor on the page.');
    expect(await fixture.content()).toBe('Untouched');
    await fixture.page.close();
  });
});
