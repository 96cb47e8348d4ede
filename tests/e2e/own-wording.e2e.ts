/**
 * The officer's own wording and the values asked for before Insert, through
 * the panel, in Chromium and Firefox ESR: the tender question edited in the
 * detail view, marked as the officer's, inserted into a textarea (exact
 * text), marked in the pack's generated section, then reverted; and a KPI
 * whose target is blank inserted from a result card only after the small
 * form has asked for it. Expected text is written out here, not taken from
 * the code under test. (With the organisation's policy turning custom
 * wording off, the panel offers no edit control: policy.e2e.ts, which writes
 * the real policy file.)
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { click, controlFor, count, fill, role, textNow } from './driver';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';
import {
  CONTRACT_NAME,
  EXPECTED_TEXT,
  expectInsertedUndoableAndInSync,
  insertFromPanel,
  openEditorFixture,
  openPanelOnIndicator,
  settledStatus,
  typeThenMoveCaret,
} from './insert-helpers';

let session: ExtensionSession;
let panel: Page;

beforeAll(async () => {
  session = await launchExtension();
  // The dementia-friendly indicator's detail view, its contract name, term and KPI target filled in.
  panel = await openPanelOnIndicator(session);
});

afterAll(async () => {
  await session.close();
});

const QUESTION_STAGE = 'section.stage:has(#stage-question)';
const MINE = 'Tell us, for {contractName}, how you will make your premises and services dementia-friendly.';
const MINE_FILLED = `Tell us, for ${CONTRACT_NAME}, how you will make your premises and services dementia-friendly.`;
const FRAMEWORK_FIRST_LINE = `Describe the initiatives you will deliver during ${CONTRACT_NAME} to create dementia-friendly environments`;

/** The first line of the wording shown for the tender question. */
const questionShown = () => panel.evaluate((sel) => document.querySelector(`${sel} .wording p`)?.textContent ?? '', QUESTION_STAGE);

async function showView(name: 'Search' | 'Pack') {
  await click(panel, `nav[aria-label="Panel"] ::-p-text(${name})`);
}

describe('the officer’s own wording', () => {
  it('edits the tender question, marks it as theirs, inserts it, shows it marked in the pack, and reverts', async () => {
    await click(panel, role('button', 'Edit wording of the tender question'));
    const editor = await controlFor(panel, 'Your wording of the tender question');
    // It opens on the framework's text, placeholders in braces, with the caret in it.
    expect(await panel.$eval(editor, (e) => (e as HTMLTextAreaElement).value)).toMatch(/^Describe the initiatives you will deliver during \{contractName\} /);
    expect(await panel.evaluate((sel) => document.activeElement === document.querySelector(sel), editor)).toBe(true);
    expect(await accessibilityViolations(panel)).toEqual([]);
    // Escape cancels (and does not leave the detail view).
    await fill(panel, editor, 'Not this one');
    await panel.keyboard.press('Escape');
    await expect.poll(() => count(panel, editor)).toBe(0);
    expect(await count(panel, 'article.detail')).toBe(1);
    expect(await questionShown()).toContain(FRAMEWORK_FIRST_LINE);

    await click(panel, role('button', 'Edit wording of the tender question'));
    await fill(panel, await controlFor(panel, 'Your wording of the tender question'), MINE);
    await click(panel, `${QUESTION_STAGE} ${role('button', 'Save')}`);
    await expect.poll(() => textNow(panel, `${QUESTION_STAGE} .own-wording-mark`)).toBe('Your wording of the tender question, kept beside the framework’s.');
    expect(await questionShown()).toBe(MINE_FILLED);
    // The framework's wording is one click away.
    await click(panel, `${QUESTION_STAGE} ::-p-text(The framework’s wording)`);
    expect(await textNow(panel, `${QUESTION_STAGE} details.framework-wording .wording p`)).toContain(FRAMEWORK_FIRST_LINE);
    expect(await accessibilityViolations(panel)).toEqual([]);

    // Insert puts the officer's version in, the rest of the question as the framework has it.
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);
    expect(await insertFromPanel(session, panel, fixture, 'question')).toContain('Inserted');
    const [, ...rest] = EXPECTED_TEXT.question.split('\n');
    await expectInsertedUndoableAndInSync(session, fixture, [MINE_FILLED, ...rest].join('\n'));

    // The pack (the indicator is in it: its KPI target put it there) shows the officer's question, marked.
    await showView('Pack');
    await expect
      .poll(() => panel.evaluate(() => document.querySelector('.pack-preview')?.textContent ?? ''), { timeout: 20_000 })
      .toContain(`${MINE_FILLED} (wording edited by the officer)`);

    await showView('Search');
    await click(panel, role('button', 'Revert to the framework’s wording of the tender question'));
    await expect.poll(() => count(panel, `${QUESTION_STAGE} .own-wording-mark`)).toBe(0);
    expect(await questionShown()).toContain(FRAMEWORK_FIRST_LINE);
    await showView('Pack');
    await expect.poll(() => panel.evaluate(() => document.querySelector('.pack-preview')?.textContent ?? '')).not.toContain('wording edited by the officer');
    await showView('Search');
  });
});

describe('values missing before Insert', () => {
  const KPI =
    'Measure: Number of apprenticeship weeks on the contract (each apprentice’s weeks employed on the contract in the period, added together), counting apprenticeships completed in the year or supported to completion, reported by level and standard.\n' +
    'Unit: weeks\n' +
    // Typed braces and brackets stay as typed.
    'Target: 52 {target} [weeks] apprenticeship weeks in each contract year\n' +
    'Reporting frequency: Quarterly\n' +
    'Evidence: Apprentice register with standard, level, start date, planned end date and weeks on the contract; training plans agreed with the training provider; end-point assessment results; employment status after completion.';
  const CARD = '.result:has(button[data-indicator="apprenticeship-weeks"])';
  const INSERT = `${CARD} button[aria-label^="Insert KPI: "]`;

  it('asks for a blank KPI target before a result card inserts, saves it to the pack, and inserts the filled wording', async () => {
    await click(panel, 'button.back');
    await fill(panel, role('searchbox', 'Search the framework'), 'apprenticeships');
    await panel.select(await controlFor(panel, 'Insert and Copy use the wording for'), 'contractManagement');
    const fixture = await openEditorFixture(session, 'editors/textarea.html');
    await typeThenMoveCaret(session, fixture, 'Hello world', 5);

    await session.bringToFront(fixture.page);
    await click(panel, INSERT);
    // Nothing is inserted yet: the card lists what is missing in a small form, its first field focused.
    const form = `${CARD} form.placeholder-form`;
    await expect.poll(() => textNow(panel, `${form} .placeholder-form-title`)).toBe('The KPI has a value still to fill in before you insert it:');
    const target = await controlFor(panel, 'KPI target');
    expect(await panel.evaluate((sel) => document.activeElement === document.querySelector(sel), target)).toBe(true);
    expect(await fixture.content()).toBe('Hello world');
    expect(await textNow(panel, form)).toContain('this indicator is added to it');
    expect(await accessibilityViolations(panel)).toEqual([]);

    await fill(panel, target, '52 {target} [weeks]');
    await session.bringToFront(fixture.page);
    await click(panel, `${form} ${role('button', 'Save and insert')}`);
    const name = await panel.$eval(INSERT, (e) => e.getAttribute('aria-label') ?? '');
    expect(await settledStatus(panel, name)).toContain('Inserted');
    await expect.poll(() => count(panel, form)).toBe(0);
    // Saved with the indicator in the open pack: the next Insert asks nothing.
    await expect.poll(() => panel.$eval(INSERT, (e) => e.getAttribute('aria-expanded'))).toBeNull();
    await expectInsertedUndoableAndInSync(session, fixture, KPI);
  });
});
