/**
 * Insertion into rich editors through the real panel, in Chromium, each
 * fixture running the real library: type, put the caret in the middle,
 * insert the KPI (paragraphs with bold labels), read the editor's own model,
 * undo, and type again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { BUTTON_NAMES, expectInsertedUndoableAndInSync, htmlLines, insertFromPanel, openEditorFixture, openPanelOnIndicator, statusFor, typeThenMoveCaret, wording } from './insert-helpers';

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

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
    await typeThenMoveCaret(fixture, 'Hello world', 5);
    if (settleMs) await fixture.page.waitForTimeout(settleMs);
    const lines = htmlLines(wording('kpi').html);
    const status = await insertFromPanel(panel, fixture, 'kpi');
    expect(status, await fixture.content()).toContain('Inserted');
    expect(await statusFor(panel, BUTTON_NAMES.kpi).getAttribute('data-method')).toBe(method);
    await expectInsertedUndoableAndInSync(fixture, lines.join('\n'));
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
    await typeThenMoveCaret(fixture, 'Before REPLACE', 0);
    for (let i = 0; i < 7; i += 1) await fixture.page.keyboard.press('Shift+ArrowLeft');
    const { html } = wording('question');
    expect(await insertFromPanel(panel, fixture, 'question')).toContain('Inserted');
    await expect.poll(fixture.content).toBe(`Before ${htmlLines(html).join('\n')}`);
    // The editor's own HTML keeps the bold label and the list (each editor serialises them its own way).
    const structure = await fixture.page.evaluate(() => {
      const html = (window as unknown as { fixture: { getHtml?(): string } }).fixture.getHtml?.() ?? '';
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const bold = [...doc.querySelectorAll('strong, b')].map((e) => e.textContent.replace(/\u00a0/g, ' '));
      const items = [...doc.querySelectorAll('li')].map((e) => e.textContent.replace(/\u00a0/g, ' '));
      return { bold: bold.includes('What a strong answer contains:'), items: items.filter((t) => t.includes('Specific, dated initiatives')).length };
    });
    expect(structure).toEqual({ bold: true, items: 1 });
    await fixture.page.close();
  });
});
