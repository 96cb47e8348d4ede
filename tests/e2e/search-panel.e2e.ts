/**
 * The side panel's search, filters, keyboard use, detail view and Copy, in
 * the built extension in Chromium and Firefox, with axe-core in every state.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { allTexts, byText, click, controlFor, count, fill, inputValue, press, role, textOf } from './driver';
import { accessibilityViolations, BROWSER, launchExtension, type ExtensionSession } from './harness';

/** Screenshots for a human to judge the design; the folder is not committed. */
const SCREENSHOTS = resolve(import.meta.dirname, '../../.output-e2e/screenshots');

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await session.close();
});

async function openPanel(from: ExtensionSession = session): Promise<Page> {
  const panel = await from.openPanel();
  await panel.setViewport({ width: 320, height: 800 });
  await panel.waitForSelector(SEARCH_BOX);
  return panel;
}

const SEARCH_BOX = role('searchbox', 'Search the framework');
/** The status region that counts results. */
const status = (panel: Page) =>
  panel.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((e) => e.textContent).find((t) => /result/.test(t)) ?? '');
/** Ids of the results, best first. */
const resultIds = (panel: Page) =>
  panel.$$eval('.results .result-title button', (buttons) => buttons.map((b) => b.getAttribute('data-indicator')));
const focusedIndicator = (panel: Page) => panel.evaluate(() => document.activeElement?.getAttribute('data-indicator') ?? null);
const activeId = (panel: Page) => panel.evaluate(() => document.activeElement?.id);
const detailText = (panel: Page) => textOf(panel, 'article.detail');

async function search(panel: Page, query: string): Promise<void> {
  await fill(panel, SEARCH_BOX, '');
  // Typed key by key, as an officer would, so every keystroke is searched.
  await panel.type(SEARCH_BOX, query);
  await expect.poll(() => status(panel)).toContain(`for “${query}”`);
}

async function openFilters(panel: Page): Promise<void> {
  if (!(await panel.$eval('.filters', (e) => e.hasAttribute('open')))) await click(panel, '.filters > summary');
}

/** Chooses the option with this visible label in the select labelled `label`. */
async function selectOption(panel: Page, label: string, optionLabel: string | null): Promise<void> {
  const select = await controlFor(panel, label);
  const value = optionLabel === null ? '' : await panel.$eval(select, (e, l) => [...(e as HTMLSelectElement).options].find((o) => o.label === l)?.value ?? '', optionLabel);
  if (optionLabel !== null && value === '') throw new Error(`No option ${optionLabel} in ${label}`);
  // What choosing from the list does: the value changes and `change` fires (React listens to it on selects).
  await panel.$eval(select, (e, v) => {
    (e as HTMLSelectElement).value = v;
    e.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

describe('side panel search', () => {
  it('opens with the search box focused and example searches', async () => {
    const panel = await openPanel();
    await expect.poll(() => activeId(panel)).toBe('search-input');
    expect(await textOf(panel, 'h1')).toContain('Social Value Assistant');
    await click(panel, role('button', 'charity spend'));
    await expect.poll(() => inputValue(panel, SEARCH_BOX)).toBe('charity spend');
    await expect.poll(async () => (await resultIds(panel))[0]).toBe('vcse-spend');
    await panel.close();
  });

  it.each([
    ['apprentiships', 'apprenticeship-weeks'],
    ['charity spend', 'vcse-spend'],
    ['modern slavary', 'modern-slavery-statement'],
    ['mental health first aid', 'mental-health-first-aid'],
  ])('puts the right indicator on top for “%s”', async (query, expected) => {
    const panel = await openPanel();
    await search(panel, query);
    await expect.poll(async () => (await resultIds(panel))[0]).toBe(expected);
    await panel.close();
  });

  it.each([
    ['jobs for disabled people', 'jobs-for-disabled-people'],
    ['carbon', 'ghg-savings-transport'],
    ['EV', 'low-emission-vehicles'],
  ])('lists the right indicator among the first three for “%s”', async (query, expected) => {
    const panel = await openPanel();
    await search(panel, query);
    await expect.poll(async () => (await resultIds(panel)).slice(0, 3)).toContain(expected);
    await panel.close();
  });

  it('finds carbon indicators for “carbon transport” and highlights the matched words', async () => {
    const panel = await openPanel();
    await search(panel, 'carbon transport');
    const top3 = (await resultIds(panel)).slice(0, 3);
    expect(top3).toContain('ghg-savings-transport');
    const marks = await allTexts(panel, '.results mark');
    expect(marks.map((m) => m.toLowerCase())).toContain('transport');
    await panel.close();
  });

  it('announces the result count in a status region', async () => {
    const panel = await openPanel();
    await search(panel, 'volunteering');
    const count = (await resultIds(panel)).length;
    expect(count).toBeGreaterThan(1);
    expect(await status(panel)).toBe(`${count} results for “volunteering”`);
    await panel.close();
  });

  it('narrows results with the filters', async () => {
    const panel = await openPanel();
    await search(panel, 'spend');
    const all = await resultIds(panel);
    await openFilters(panel);
    await selectOption(panel, 'Theme', 'Environmental');
    await expect.poll(() => status(panel)).toContain('with 1 filter');
    const environmental = await resultIds(panel);
    expect(environmental.length).toBeGreaterThan(0);
    expect(environmental.length).toBeLessThan(all.length);
    expect(environmental).toContain('sustainable-procurement-spend');
    expect(environmental).not.toContain('vcse-spend');
    for (const badges of await allTexts(panel, '.result .badges')) expect(badges).toContain('Environmental');

    await selectOption(panel, 'Measure type', 'Money (£)');
    await expect.poll(() => status(panel)).toContain('with 2 filters');
    expect(await resultIds(panel)).toEqual(['sustainable-procurement-spend']);

    // Filters alone, with no words, browse the framework.
    await fill(panel, SEARCH_BOX, '');
    await selectOption(panel, 'Measure type', null);
    await expect.poll(() => status(panel)).toBe('17 results with 1 filter');
    await panel.close();
  });

  it('offers close matches when nothing is found', async () => {
    const panel = await openPanel();
    await search(panel, 'apprenticeships');
    await openFilters(panel);
    await selectOption(panel, 'Theme', 'Environmental');
    await expect.poll(() => status(panel)).toBe('No results for “apprenticeships” with 1 filter');
    const suggestion = await panel.waitForFunction(
      () => [...document.querySelectorAll('button')].find((b) => /^apprenticeships \(\d+ results?, all filters off\)$/.test(b.getAttribute('aria-label') ?? b.textContent)),
      { polling: 100, timeout: 10_000 },
    );
    await (suggestion as ElementHandle).click();
    await expect.poll(async () => (await resultIds(panel))[0]).toBe('apprenticeship-weeks');
    expect(await inputValue(panel, await controlFor(panel, 'Theme'))).toBe('');
    await panel.close();
  });

  it('moves through results with the arrow keys, opens with Enter and goes back with Escape', async () => {
    const panel = await openPanel();
    await search(panel, 'mental health');
    const ids = await resultIds(panel);
    expect(ids.length).toBeGreaterThan(2);

    await press(panel, 'ArrowDown');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[0]);
    await press(panel, 'ArrowDown');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[1]);
    await press(panel, 'ArrowDown');
    await press(panel, 'ArrowUp');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[1]);

    await press(panel, 'Enter');
    await panel.waitForSelector('h2#detail-title');
    await expect.poll(() => activeId(panel)).toBe('detail-title');
    expect(await count(panel, role('button', 'Insert tender question'))).toBe(1);

    await press(panel, 'Escape');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[1]);
    expect(await inputValue(panel, SEARCH_BOX)).toBe('mental health');

    await press(panel, 'Escape');
    await expect.poll(() => inputValue(panel, SEARCH_BOX)).toBe('');
    await expect.poll(() => activeId(panel)).toBe('search-input');
    await panel.waitForSelector(role('button', 'apprenticeships'));
    expect(await resultIds(panel)).toEqual([]);

    // ArrowUp from the first result returns to the box, and typing there goes on searching.
    await search(panel, 'dementia');
    await press(panel, 'ArrowDown');
    await press(panel, 'ArrowUp');
    await expect.poll(() => activeId(panel)).toBe('search-input');
    await panel.close();
  });

  it('shows the whole framework context and each stage’s wording in the detail view', async () => {
    const panel = await openPanel();
    await search(panel, 'apprenticeships');
    await click(panel, '.result-title button');
    await panel.waitForSelector('article.detail');
    expect(await textOf(panel, '#detail-title')).toMatch(/^No\. of weeks of apprenticeships on the contract/);
    for (const name of ['indicator wording', 'outcome statement', 'tender question', 'KPI']) {
      expect(await count(panel, role('button', `Insert ${name}`))).toBe(1);
      expect(await count(panel, role('button', `Copy ${name}`))).toBe(1);
    }
    const text = await detailText(panel);
    expect(text).toContain('More local people in employment.');
    expect(text).toContain('Fair employment and good work.');
    expect(text).toContain('What a strong answer contains:');
    expect(text).toContain('Reporting frequency:');
    await click(panel, byText('Social: local priorities'));
    await expect.poll(() => detailText(panel)).toContain('Nurture strong communities');
    await click(panel, byText('Economic: what local people say'));
    await expect.poll(() => detailText(panel)).toContain('“People are supported to learn practical skills to cope with the ups and downs of life”');

    // Contract details fill the wording's placeholders as they are typed.
    await click(panel, byText('Contract details'));
    await fill(panel, await controlFor(panel, 'Contract name'), 'Highways Maintenance');
    await expect.poll(() => detailText(panel)).toContain('Highways Maintenance');
    await panel.close();
  });

  it('copies rich HTML and plain text together', async () => {
    const panel = await openPanel();
    await search(panel, 'protected characteristics');
    await click(panel, '.result-title button[data-indicator="jobs-protected-characteristics"]');
    await panel.waitForSelector('article.detail');
    const copied = (what: string) =>
      panel.waitForFunction((w) => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes(w)), { timeout: 10_000, polling: 100 }, `Copied the ${what}`);

    await click(panel, role('button', 'Copy indicator wording'));
    await copied('indicator wording');
    const wording = await session.readClipboard(panel);
    expect(wording.text).toBe(
      'Job (FTE) opportunities or supported internships for people with protected characteristics:\n' +
        '- % of people employed are carers\n- % of people employed are care leavers\n- % of people employed who are disabled\n' +
        '- % of people employed over 50\n- % of people employed from a BME group\n- % of people employed women returners\n' +
        '- Single parents, ex armed forces etc.',
    );
    expect(wording.html).toContain('<li>% of people employed are carers</li>');

    await click(panel, role('button', 'Copy tender question'));
    // Its contract name and weightings are not filled in: the panel asks first, and the officer chooses to leave them in.
    await click(panel, role('button', 'Copy with placeholders left in'));
    await copied('tender question');
    const question = await session.readClipboard(panel);
    expect(question.text).toContain('What a strong answer contains:\n- ');
    expect(question.text).toMatch(/Response limit: \d+ words$/);
    expect(question.html).toContain('<strong>How it will be scored:</strong>');
    expect(question.html).toContain('<strong>Response limit:</strong>');
    await panel.close();
  });
});

describe('side panel accessibility and design', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in the empty, results, no-results and detail states (${scheme})`, async () => {
      // The colour scheme is fixed per browser session (Firefox can set it only at launch).
      const themed = await launchExtension({ colorScheme: scheme });
      try {
        const panel = await openPanel(themed);
        expect(await panel.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme)).toBe(true);
        expect(await accessibilityViolations(panel)).toEqual([]);
        await panel.screenshot({ path: `${SCREENSHOTS}/panel-empty-${scheme}-${BROWSER}.png` });

        await search(panel, 'local people');
        await openFilters(panel);
        expect(await accessibilityViolations(panel)).toEqual([]);
        await panel.screenshot({ path: `${SCREENSHOTS}/panel-results-${scheme}-${BROWSER}.png` });

        await search(panel, 'xyzzy plugh');
        expect(await accessibilityViolations(panel)).toEqual([]);

        await search(panel, 'apprenticeships');
        await click(panel, '.result-title button');
        await panel.waitForSelector('article.detail');
        await click(panel, byText('Contract details'));
        await click(panel, byText('Social: what local people say'));
        expect(await accessibilityViolations(panel)).toEqual([]);
        await panel.evaluate(() => {
          window.scrollTo(0, 0);
        });
        await panel.screenshot({ path: `${SCREENSHOTS}/panel-detail-${scheme}-${BROWSER}.png` });
        await panel.screenshot({ path: `${SCREENSHOTS}/panel-detail-full-${scheme}-${BROWSER}.png`, fullPage: true });
      } finally {
        await themed.close();
      }
    });
  }
});
