/**
 * Shared steps of the insertion end-to-end tests: open the panel on one
 * indicator's detail view, prepare a fixture field (type, move the caret to
 * the middle), insert from the panel and read the editor's own model.
 *
 * The expected wording is written out here, not taken from the renderer, so
 * a rendering or escaping bug fails the tests. The contract name and KPI
 * target typed into the panel carry `&`, `<`, `>` and quotes for that reason.
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { click, fill, press, role, textNow, byText } from './driver';
import type { ExtensionSession } from './harness';

/** The indicator every insertion test uses: its wording has paragraphs, a list and bold labels. */
export const INDICATOR_ID = 'dementia-friendly';

export type WordingKind = 'indicator' | 'outcome' | 'question' | 'kpi';

export const BUTTON_NAMES: Record<WordingKind, string> = {
  indicator: 'Insert indicator wording',
  outcome: 'Insert outcome statement',
  question: 'Insert tender question',
  kpi: 'Insert KPI',
};

/** Typed into the panel's contract details before any insertion (saved in the open pack; the KPI target adds the indicator to it). */
export const CONTRACT_NAME = 'Parks & Gardens <North>';
export const CONTRACT_TERM = '3 years';
export const KPI_TARGET = '12 "quick" & \'easy\'';

const QUESTION =
  `Describe the initiatives you will deliver during ${CONTRACT_NAME} to create dementia-friendly environments for people living with dementia and their carers, ` +
  'including changes to premises and signage, staff awareness training, and how people with lived experience will help shape the work. (Maximum 400 words.)';
const STRONG_ANSWER = [
  'Specific, dated initiatives, such as an assessment of premises against a recognised dementia-friendly design checklist followed by clearer signage, better lighting and contrast, and quiet spaces.',
  'Dementia awareness for all public-facing staff (for example Dementia Friends information sessions), with the number of staff to be reached.',
  'People living with dementia and their carers involved in reviewing changes, and links with local dementia-friendly community groups.',
  'How the effect will be checked, such as feedback from people with dementia and carers.',
];
/** The six scoring descriptors, 0 to 5. */
const SCORES = [
  '0: No answer, or changes with no link to dementia.',
  '1: Awareness only, with no changes to environments.',
  '2: Initiatives named, with no dates and no number of staff to be trained.',
  '3: Practical changes and staff awareness sessions with numbers, but no dates or no involvement of people living with dementia.',
  '4: A dated programme of changes based on an assessment of premises against a recognised dementia-friendly design checklist, dementia awareness for all public-facing staff with numbers, and people living with dementia and their carers involved.',
  '5: Everything in a 4, plus a way of checking the difference made, such as feedback from people with dementia and carers, reported each year.',
];
/**
 * The weighting model, stated once for every question: the default 10%
 * social value weighting, and the indicator's whole share of it (the only
 * one in the pack, added by its KPI target).
 */
const WEIGHTING =
  'Weighting: Social value carries 10% of the total evaluation score, shared between the social value questions. ' +
  'This question carries 10% of the total. Weighted score = score ÷ 5 × 10%; for example, a score of 4 on a question weighted 2% earns 1.6%.';
const KPI_LINES = [
  'Measure: Number of dementia-friendly initiatives completed in the period (for example premises adapted, processes changed, awareness sessions held), with the number of staff who completed dementia awareness training.',
  'Unit: initiatives',
  `Target: ${KPI_TARGET} dementia-friendly initiatives completed in each contract year`,
  'Reporting frequency: Six-monthly',
  'Evidence: Initiative log with dates and descriptions, before-and-after photographs or assessment reports for changes to premises, and training attendance records.',
];

/** The wording as the panel's plain text (textareas, inputs, the clipboard's text/plain). */
export const EXPECTED_TEXT: Record<WordingKind, string> = {
  indicator: 'Initiatives to create dementia-friendly environments.',
  outcome:
    `The Provider will make the premises and services it runs for ${CONTRACT_NAME} dementia-friendly, training staff to recognise and support people ` +
    `living with dementia and adapting buildings, signage and processes, across Cheshire East throughout ${CONTRACT_TERM}.`,
  question: [
    QUESTION,
    '',
    'What a strong answer contains:',
    ...STRONG_ANSWER.map((item) => `- ${item}`),
    '',
    'How it will be scored:',
    ...SCORES.map((score) => `- ${score}`),
    '',
    WEIGHTING,
    'Response limit: 400 words',
  ].join('\n'),
  kpi: KPI_LINES.join('\n'),
};

/** The lines a rich editor shows for the wording's HTML: one per paragraph or list item. */
export const EXPECTED_LINES = {
  kpi: KPI_LINES,
  question: [QUESTION, 'What a strong answer contains:', ...STRONG_ANSWER, 'How it will be scored:', ...SCORES, WEIGHTING, 'Response limit: 400 words'],
};

/** Opens the panel (as a page, like the real side panel) on the indicator's detail view, with every value its wording uses filled (so Insert asks nothing first). */
export async function openPanelOnIndicator(session: ExtensionSession): Promise<Page> {
  const panel = await session.openPanel();
  await panel.setViewport({ width: 360, height: 900 });
  const search = role('searchbox', 'Search the framework');
  await fill(panel, search, 'dementia friendly');
  await click(panel, `.result-title button[data-indicator="${INDICATOR_ID}"]`);
  await panel.waitForSelector('article.detail');
  await click(panel, byText('Contract details'));
  await fill(panel, role('textbox', 'Contract name'), CONTRACT_NAME);
  await fill(panel, role('textbox', 'Contract term'), CONTRACT_TERM);
  await fill(panel, role('textbox', 'KPI target'), KPI_TARGET);
  // (Runs in beforeAll, where expect.poll is not allowed.)
  await panel.waitForFunction((name) => document.querySelector('article.detail')?.textContent.includes(name), { timeout: 10_000, polling: 100 }, CONTRACT_NAME);
  return panel;
}

export interface FixtureHandle {
  page: Page;
  /** Where the field lives (the page, or its iframe). */
  frame: Page | Frame;
  /** CSS selector of the field in `frame` (reaching into shadow roots). */
  field: string;
  content: () => Promise<string>;
}

interface FixtureApi {
  frame?: string;
  editable: string;
  getContent(): string;
  getHtml?(): string;
}
type FixtureWindow = Window & { fixtureReady?: boolean; fixture?: FixtureApi; fixtures?: Record<string, FixtureApi> };

export async function openEditorFixture(session: ExtensionSession, path: string, fixtureName?: string): Promise<FixtureHandle> {
  const page = await session.openFixture(path);
  await page.waitForFunction(() => (window as FixtureWindow).fixtureReady === true, { timeout: 20_000, polling: 100 });
  const info = await page.evaluate((name) => {
    const w = window as FixtureWindow;
    const api = name ? w.fixtures?.[name] : w.fixture;
    return { frame: api?.frame, editable: api?.editable ?? '' };
  }, fixtureName ?? null);
  let frame: Page | Frame = page;
  if (info.frame) {
    const handle = await page.waitForSelector(info.frame);
    const inner = await handle?.contentFrame();
    if (!inner) throw new Error(`${path}: no frame ${info.frame}`);
    frame = inner;
  }
  const field = info.editable.split(' ').join(' >>> ');
  const content = () =>
    page.evaluate((name) => {
      const w = window as FixtureWindow;
      return (name ? w.fixtures?.[name] : w.fixture)?.getContent() ?? '';
    }, fixtureName ?? null);
  return { page, frame, field, content };
}

/** The editor's own HTML, parsed: its bold texts and list items (each editor serialises them its own way). */
export async function fixtureStructure(fixture: FixtureHandle): Promise<{ bold: string[]; items: string[] }> {
  return fixture.page.evaluate(() => {
    const html = (window as FixtureWindow).fixture?.getHtml?.() ?? '';
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent.replace(/\u00a0/g, ' '));
    return { bold: texts('strong, b'), items: texts('li') };
  });
}

/** Clicks into the field and types `text`, then moves the caret `back` characters to the left. */
export async function typeThenMoveCaret(session: ExtensionSession, fixture: FixtureHandle, text: string, back: number): Promise<void> {
  await session.bringToFront(fixture.page);
  await click(fixture.frame, fixture.field);
  await fixture.page.keyboard.type(text);
  if (back) await press(fixture.page, 'ArrowLeft', back);
  await expect.poll(fixture.content).toBe(text);
}

/** The status region next to a panel button. */
export function statusFor(buttonName: string): string {
  return `.actions:has(button[aria-label=${JSON.stringify(buttonName)}]) .insert-status[role="status"]`;
}

/** Brings the fixture to the front (the panel targets the last-focused tab) and presses Insert in the panel. */
export async function insertFromPanel(session: ExtensionSession, panel: Page, fixture: FixtureHandle, kind: WordingKind): Promise<string> {
  await session.bringToFront(fixture.page);
  const name = BUTTON_NAMES[kind];
  await click(panel, role('button', name));
  return settledStatus(panel, name);
}

/** The status next to `buttonName` once it says something other than "Inserting…". */
export async function settledStatus(panel: Page, buttonName: string): Promise<string> {
  const status = statusFor(buttonName);
  await expect.poll(() => textNow(panel, status), { timeout: 10_000 }).not.toMatch(/^$|Inserting…/);
  return textNow(panel, status);
}

export async function undo(session: ExtensionSession, fixture: FixtureHandle): Promise<void> {
  await session.bringToFront(fixture.page);
  await press(fixture.page, 'Control+z');
}

/**
 * The round trip every insertion test ends with: the field holds exactly
 * "Hello " + inserted + "world", Ctrl+Z restores "Hello world" in one step,
 * and typing afterwards lands in the editor's own model.
 */
export async function expectInsertedUndoableAndInSync(session: ExtensionSession, fixture: FixtureHandle, inserted: string): Promise<void> {
  await expect.poll(fixture.content).toBe(`Hello ${inserted}world`);
  await undo(session, fixture);
  await expect.poll(fixture.content).toBe('Hello world');
  await fixture.page.keyboard.type('!');
  await expect.poll(fixture.content).toBe('Hello !world');
  await fixture.page.close();
}
