/**
 * The side panel's search, filters, keyboard use, detail view and Copy, in
 * the built extension in Chromium, with axe-core in every state.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';

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

async function openPanel(): Promise<Page> {
  const panel = await session.openPanel();
  await panel.setViewportSize({ width: 320, height: 800 });
  await panel.getByRole('searchbox', { name: 'Search the framework' }).waitFor();
  return panel;
}

const searchBox = (panel: Page) => panel.getByRole('searchbox', { name: 'Search the framework' });
const status = (panel: Page) => panel.getByRole('status').filter({ hasText: /result/ });
/** Ids of the results, best first. */
const resultIds = (panel: Page) =>
  panel.locator('.results .result-title button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-indicator')));
const focusedIndicator = (panel: Page) => panel.evaluate(() => document.activeElement?.getAttribute('data-indicator') ?? null);

async function search(panel: Page, query: string): Promise<void> {
  await searchBox(panel).fill('');
  // Typed key by key, as an officer would, so every keystroke is searched.
  await searchBox(panel).pressSequentially(query);
  await expect.poll(() => status(panel).textContent()).toContain(`for “${query}”`);
}

async function openFilters(panel: Page): Promise<void> {
  const summary = panel.locator('.filters > summary');
  if ((await panel.locator('.filters').getAttribute('open')) === null) await summary.click();
}

describe('side panel search', () => {
  it('opens with the search box focused and example searches', async () => {
    const panel = await openPanel();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id)).toBe('search-input');
    expect(await panel.getByRole('heading', { level: 1 }).textContent()).toContain('Social Value Assistant');
    await panel.getByRole('button', { name: 'charity spend' }).click();
    await expect.poll(() => searchBox(panel).inputValue()).toBe('charity spend');
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
    const marks = await panel.locator('.results mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('transport');
    await panel.close();
  });

  it('announces the result count in a status region', async () => {
    const panel = await openPanel();
    await search(panel, 'volunteering');
    const count = (await resultIds(panel)).length;
    expect(count).toBeGreaterThan(1);
    expect(await status(panel).textContent()).toBe(`${count} results for “volunteering”`);
    await panel.close();
  });

  it('narrows results with the filters', async () => {
    const panel = await openPanel();
    await search(panel, 'spend');
    const all = await resultIds(panel);
    await openFilters(panel);
    await panel.getByLabel('Theme').selectOption({ label: 'Environmental' });
    await expect.poll(() => status(panel).textContent()).toContain('with 1 filter');
    const environmental = await resultIds(panel);
    expect(environmental.length).toBeGreaterThan(0);
    expect(environmental.length).toBeLessThan(all.length);
    expect(environmental).toContain('sustainable-procurement-spend');
    expect(environmental).not.toContain('vcse-spend');
    for (const badges of await panel.locator('.result .badges').allTextContents()) expect(badges).toContain('Environmental');

    await panel.getByLabel('Measure type').selectOption({ label: 'Money (£)' });
    await expect.poll(() => status(panel).textContent()).toContain('with 2 filters');
    expect(await resultIds(panel)).toEqual(['sustainable-procurement-spend']);

    // Filters alone, with no words, browse the framework.
    await searchBox(panel).fill('');
    await panel.getByLabel('Measure type').selectOption('');
    await expect.poll(() => status(panel).textContent()).toBe('17 results with 1 filter');
    await panel.close();
  });

  it('offers close matches when nothing is found', async () => {
    const panel = await openPanel();
    await search(panel, 'apprenticeships');
    await openFilters(panel);
    await panel.getByLabel('Theme').selectOption({ label: 'Environmental' });
    await expect.poll(() => status(panel).textContent()).toBe('No results for “apprenticeships” with 1 filter');
    const suggestion = panel.getByRole('button', { name: /apprenticeships \(\d+ results?, all filters off\)/ });
    await suggestion.click();
    await expect.poll(async () => (await resultIds(panel))[0]).toBe('apprenticeship-weeks');
    expect(await panel.getByLabel('Theme').inputValue()).toBe('');
    await panel.close();
  });

  it('moves through results with the arrow keys, opens with Enter and goes back with Escape', async () => {
    const panel = await openPanel();
    await search(panel, 'mental health');
    const ids = await resultIds(panel);
    expect(ids.length).toBeGreaterThan(2);

    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[0]);
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[1]);
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[1]);

    await panel.keyboard.press('Enter');
    const title = panel.getByRole('heading', { level: 2 }).and(panel.locator('#detail-title'));
    await title.waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    expect(await panel.getByRole('button', { name: 'Insert tender question', exact: true }).count()).toBe(1);

    await panel.keyboard.press('Escape');
    await expect.poll(() => focusedIndicator(panel)).toBe(ids[1]);
    expect(await searchBox(panel).inputValue()).toBe('mental health');

    await panel.keyboard.press('Escape');
    await expect.poll(() => searchBox(panel).inputValue()).toBe('');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await panel.getByRole('button', { name: 'apprenticeships', exact: true }).waitFor();
    expect(await resultIds(panel)).toEqual([]);

    // ArrowUp from the first result returns to the box, and typing there goes on searching.
    await search(panel, 'dementia');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await panel.close();
  });

  it('shows the whole framework context and each stage’s wording in the detail view', async () => {
    const panel = await openPanel();
    await search(panel, 'apprenticeships');
    await panel.locator('.result-title button').first().click();
    const detail = panel.locator('article.detail');
    await detail.waitFor();
    expect(await panel.locator('#detail-title').textContent()).toMatch(/^No\. of weeks of apprenticeships on the contract/);
    for (const name of ['indicator wording', 'outcome statement', 'tender question', 'KPI']) {
      expect(await panel.getByRole('button', { name: `Insert ${name}`, exact: true }).count()).toBe(1);
      expect(await panel.getByRole('button', { name: `Copy ${name}`, exact: true }).count()).toBe(1);
    }
    const text = await detail.textContent();
    expect(text).toContain('More local people in employment.');
    expect(text).toContain('Fair employment and good work.');
    expect(text).toContain('What a strong answer contains:');
    expect(text).toContain('Reporting frequency:');
    await panel.getByText('Social: local priorities').click();
    expect(await detail.textContent()).toContain('Nurture strong communities');
    await panel.getByText('Economic: what local people say').click();
    expect(await detail.textContent()).toContain('“People are supported to learn practical skills to cope with the ups and downs of life”');

    // Contract details fill the wording's placeholders as they are typed.
    await panel.getByText('Contract details').click();
    await panel.getByLabel('Contract name').fill('Highways Maintenance');
    await expect.poll(() => detail.textContent()).toContain('Highways Maintenance');
    await panel.close();
  });

  it('copies rich HTML and plain text together', async () => {
    // Chromium refuses to grant to a chrome-extension:// origin by name
    // ("opaque origin"), so the permissions are granted without one.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await openPanel();
    await search(panel, 'protected characteristics');
    await panel.locator('.result-title button[data-indicator="jobs-protected-characteristics"]').click();
    await panel.locator('article.detail').waitFor();

    const readClipboard = () =>
      panel.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        if (!item) return null;
        const read = async (type: string) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
        return { text: await read('text/plain'), html: await read('text/html') };
      });

    await panel.getByRole('button', { name: 'Copy indicator wording', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Copied the indicator wording' }).waitFor();
    const wording = await readClipboard();
    expect(wording?.text).toBe(
      'Job (FTE) opportunities or supported internships for people with protected characteristics:\n' +
        '- % of people employed are carers\n- % of people employed are care leavers\n- % of people employed who are disabled\n' +
        '- % of people employed over 50\n- % of people employed from a BME group\n- % of people employed women returners\n' +
        '- Single parents, ex armed forces etc.',
    );
    expect(wording?.html).toContain('<li>% of people employed are carers</li>');

    await panel.getByRole('button', { name: 'Copy tender question', exact: true }).click();
    await panel.getByRole('status').filter({ hasText: 'Copied the tender question' }).waitFor();
    const question = await readClipboard();
    expect(question?.text).toContain('What a strong answer contains:\n- ');
    expect(question?.text).toMatch(/Response limit: \d+ words$/);
    expect(question?.html).toContain('<strong>How it will be scored:</strong>');
    expect(question?.html).toContain('<strong>Response limit:</strong>');
    await panel.close();
  });
});

describe('side panel accessibility and design', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in the empty, results, no-results and detail states (${scheme})`, async () => {
      const panel = await openPanel();
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await accessibilityViolations(panel)).toEqual([]);
      await panel.screenshot({ path: `${SCREENSHOTS}/panel-empty-${scheme}.png` });

      await search(panel, 'local people');
      await openFilters(panel);
      expect(await accessibilityViolations(panel)).toEqual([]);
      await panel.screenshot({ path: `${SCREENSHOTS}/panel-results-${scheme}.png` });

      await search(panel, 'xyzzy plugh');
      expect(await accessibilityViolations(panel)).toEqual([]);

      await search(panel, 'apprenticeships');
      await panel.locator('.result-title button').first().click();
      await panel.locator('article.detail').waitFor();
      await panel.getByText('Contract details').click();
      await panel.getByText('Social: what local people say').click();
      expect(await accessibilityViolations(panel)).toEqual([]);
      await panel.evaluate(() => {
        window.scrollTo(0, 0);
      });
      await panel.screenshot({ path: `${SCREENSHOTS}/panel-detail-${scheme}.png` });
      await panel.screenshot({ path: `${SCREENSHOTS}/panel-detail-full-${scheme}.png`, fullPage: true });
      await panel.close();
    });
  }
});
