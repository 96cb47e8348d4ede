/**
 * Ways in (issue 15), in the built extension in Chromium: right-click menus
 * and the address bar (their handlers called from the service worker, as
 * automation cannot click the browser's own menus), the framework page
 * (search, deep link, print), "Suggested for this field" on the portal-like
 * forms, and the options page; axe-core on each extension page.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';

/** The parts of the service worker's `chrome` these tests call (the worker's global, not Node's). */
declare const chrome: {
  tabs: { query(query: { url: string }): Promise<unknown[]> };
  contextMenus: { update(id: string, properties: object): Promise<void> };
};

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

/**
 * Runs `fn` in the extension's service worker. Chrome may stop an idle
 * worker and start a new one (a loaded machine makes that likelier), so the
 * live one is looked up each time, and a call that hangs on a stopped
 * worker is tried again on the new one.
 */
async function inWorker<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const worker: Worker =
      session.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.extensionId}/`)) ??
      (await session.context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => {
        reject(new Error('the service worker did not answer in 15 s'));
      }, 15_000);
    });
    try {
      // Playwright types the argument as it arrives (Unboxed<A>); for plain JSON values that is A itself.
      return await Promise.race([worker.evaluate(fn as (value: unknown) => T | Promise<T>, arg as unknown), timeout]);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

afterAll(async () => {
  await session.close();
});

interface MenuClick {
  menuItemId: string;
  selectionText?: string;
  frameId: number;
}

/** Calls the background's menu handler as Chrome does when the officer clicks the menu item in `page`. */
async function clickMenu(page: Page, info: MenuClick): Promise<void> {
  const url = page.url();
  await inWorker(
    async ({ info, url }) => {
      const [tab] = await chrome.tabs.query({ url });
      (globalThis as unknown as { __svaTest: { handleMenuClick(i: unknown, t: unknown): void } }).__svaTest.handleMenuClick(
        { editable: false, pageUrl: url, ...info },
        tab,
      );
    },
    { info, url },
  );
}

const searchBox = (panel: Page) => panel.getByRole('searchbox', { name: 'Search the framework' });

async function openPanel(): Promise<Page> {
  const panel = await session.openPanel();
  await panel.setViewportSize({ width: 360, height: 900 });
  await searchBox(panel).waitFor();
  return panel;
}

describe('right-click menus', () => {
  it('are added, each for its own context', async () => {
    // update() fails for a menu that does not exist.
    const updated = await inWorker(async (ids) => Promise.all(ids.map((id) => chrome.contextMenus.update(id, {}).then(() => id, () => `missing ${id}`))), [
      'sva-lookup',
      'sva-check',
      'sva-insert-here',
    ]);
    expect(updated).toEqual(['sva-lookup', 'sva-check', 'sva-insert-here']);
  });

  it('look up the selected text in the panel', async () => {
    const page = await session.openFixture('portals/label-for.html');
    await clickMenu(page, { menuItemId: 'sva-lookup', selectionText: 'modern slavery', frameId: 0 });
    const panel = await openPanel();
    await expect.poll(() => searchBox(panel).inputValue()).toBe('modern slavery');
    await expect.poll(() => panel.locator('.results [data-indicator]').first().getAttribute('data-indicator')).toBe('modern-slavery-statement');
    await panel.close();
    await page.close();
  });

  it('aim the panel at the field right-clicked, with its question read', async () => {
    const page = await session.openFixture('portals/table-row.html');
    await page.locator('#answer').click();
    await clickMenu(page, { menuItemId: 'sva-insert-here', frameId: 0 });
    const panel = await openPanel();
    await page.bringToFront();
    const suggestions = panel.getByRole('region', { name: 'Suggested for this field' });
    await expect.poll(() => suggestions.locator('[data-indicator]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-indicator')))).toContain('ghg-savings-transport');
    expect(await suggestions.textContent()).toContain('Limit for this field: 2,000 characters');
    await panel.close();
    await page.close();
  });
});

describe('address bar', () => {
  it('suggests the top matches with the matched words marked, and opens the framework page at the one chosen', async () => {
    const suggestions = await inWorker(async () => {
      const hooks = (globalThis as unknown as { __svaTest: { onInputChanged(t: string, s: (r: { content: string; description: string }[]) => void): Promise<void> } }).__svaTest;
      let got: { content: string; description: string }[] = [];
      await hooks.onInputChanged('charity spend', (results) => {
        got = results;
      });
      return got;
    }, null);
    expect(suggestions[0]?.content).toBe('vcse-spend');
    expect(suggestions.some((s) => s.description.includes('<match>'))).toBe(true);
    const opened = session.context.waitForEvent('page', { timeout: 30_000 });
    await inWorker(async () => {
      const hooks = (globalThis as unknown as { __svaTest: { onInputEntered(t: string, d: string): Promise<void> } }).__svaTest;
      await hooks.onInputEntered('vcse-spend', 'newForegroundTab');
    }, null);
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toMatch(/\/framework\.html#indicator-vcse-spend$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('indicator-vcse-spend');
    await page.close();
  });
});

async function openFrameworkPage(suffix = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/framework.html${suffix}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Titles in a PDF's outline (bookmarks), which Chromium writes from the headings. */
function pdfOutlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const titles: string[] = [];
  for (const match of text.matchAll(/\/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]+)>)/g)) {
    if (match[1] !== undefined) titles.push(match[1].replace(/\\(.)/g, '$1'));
    else if (match[2] !== undefined) {
      const hex = match[2].replace(/\s/g, '');
      const bytes = Buffer.from(hex, 'hex');
      titles.push(hex.toUpperCase().startsWith('FEFF') ? bytes.subarray(2).swap16().toString('utf16le') : bytes.toString('latin1'));
    }
  }
  return titles;
}

describe('framework page', () => {
  it('shows the whole framework by theme and is accessible', async () => {
    const page = await openFrameworkPage();
    const themes = await page.locator('.fw-theme h2').allTextContents();
    expect(themes.length).toBe(4);
    expect(await page.locator('.fw-indicator').count()).toBeGreaterThan(60);
    expect(await page.getByRole('heading', { name: 'Guidance', level: 2 }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('searches with the panel’s engine and links to each indicator', async () => {
    const page = await openFrameworkPage('?q=apprentiships');
    await expect.poll(() => page.locator('.fw-results a').first().getAttribute('data-indicator')).toBe('apprenticeship-weeks');
    await page.getByLabel('Search the framework').fill('modern slavery');
    await expect.poll(() => page.locator('.fw-results a').first().getAttribute('data-indicator')).toBe('modern-slavery-statement');
    await page.locator('.fw-results a').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('indicator-modern-slavery-statement');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints without controls, each theme on a new page, links written out, every theme in the PDF', async () => {
    const page = await openFrameworkPage('?q=carbon');
    await page.locator('.fw-results').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.fw-search').isVisible()).toBe(false);
    expect(await page.locator('.fw-results').isVisible()).toBe(false);
    expect(await page.locator('.fw-theme').first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    const written = await page.locator('.fw-guidance a[href^="http"]').first().evaluate((el) => getComputedStyle(el, '::after').content);
    expect(written).toContain('http');
    const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
    const titles = pdfOutlineTitles(pdf);
    const themeTitles = await page.locator('.fw-theme h2').allTextContents();
    // Chromium drops the space where a heading wraps: compare without spaces.
    const squash = (text: string) => text.replace(/\s+/g, '');
    expect(themeTitles).toHaveLength(4);
    for (const title of themeTitles) expect(titles.map(squash)).toContain(squash(title));
    await page.close();
  });
});

const FORMS = readdirSync(resolve(import.meta.dirname, '../fixtures/portals')).filter((file) => file.endsWith('.html'));

describe('suggested for this field', () => {
  it('suggests for the field in hand on each portal-like form, with its limit', async () => {
    const panel = await openPanel();
    const suggestions = panel.getByRole('region', { name: 'Suggested for this field' });
    for (const form of FORMS) {
      const page = await session.openFixture(`portals/${form}`);
      const target = page.locator('[data-sva-target]');
      const expected = ((await target.getAttribute('data-expect-indicator')) ?? '').split(' ');
      const limit = await target.getAttribute('data-expect-limit');
      await target.click();
      await page.bringToFront();
      await expect
        .poll(async () => {
          const ids = await suggestions.locator('[data-indicator]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-indicator') ?? ''));
          return ids.some((id) => expected.includes(id)) ? 'found' : `${form}: ${ids.join(', ')}`;
        }, { timeout: 15_000 })
        .toBe('found');
      if (limit && limit !== 'none') {
        const [max = '', unit = ''] = limit.split(' ');
        expect(await suggestions.textContent()).toContain(`${Number(max).toLocaleString('en-GB')} ${unit}`);
      }
      await page.close();
    }
    expect(await accessibilityViolations(panel)).toEqual([]);
    await panel.close();
  });
});

describe('options page', () => {
  it('saves each valid change at once, explains an invalid one, and keeps them after a reload', async () => {
    const options = await session.openOptions();
    const locality = options.getByLabel('Locality');
    await locality.fill('Crewe');
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'saved' }).first().textContent()).toContain('Locality saved.');
    const weighting = options.getByLabel('Default social value weighting (%)');
    await weighting.fill('150');
    await expect.poll(() => weighting.getAttribute('aria-invalid')).toBe('true');
    expect(await options.locator('#setting-weighting-error').textContent()).toContain('100% or less');
    await weighting.fill('20');
    await expect.poll(() => weighting.getAttribute('aria-invalid')).toBe(null);
    await options.reload();
    await expect.poll(() => options.getByLabel('Locality').inputValue()).toBe('Crewe');
    expect(await options.getByLabel('Default social value weighting (%)').inputValue()).toBe('20');
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();
  });

  it('shows why a settings file is refused, and changes nothing', async () => {
    const options = await session.openOptions();
    await options.getByLabel('Locality').waitFor();
    const before = await options.getByLabel('Locality').inputValue();
    const file = JSON.stringify({ format: 'social-value-assistant-settings', version: 1, settings: { organisation: 'X', locality: 'Y', supplierTerm: 'Vendor', defaultStage: 'procurement', defaultWeighting: 10, defaultResponseLimit: { value: 500, unit: 'words' } } });
    await options.getByLabel('Import settings (JSON)').setInputFiles({ name: 'bad-settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('“bad-settings.json” was not imported, and nothing has changed');
    expect(await alert.textContent()).toContain('Supplier term');
    expect(await options.getByLabel('Locality').inputValue()).toBe(before);
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();
  });

  it('resets to the original defaults', async () => {
    const options = await session.openOptions();
    await options.getByRole('button', { name: 'Reset to the original defaults' }).click();
    await expect.poll(() => options.getByLabel('Locality').inputValue()).toBe('Cheshire East');
    await options.close();
  });
});
