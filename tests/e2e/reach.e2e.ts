/**
 * Ways in (issue 15), in the built extension in Chromium and Firefox:
 * right-click menus and the address bar (their handlers called in the
 * background, as automation cannot click the browser's own menus), the
 * framework page (search, deep link, print), "Suggested for this field" on
 * the portal-like forms, and the options page; axe-core on each extension
 * page.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { allTexts, attribute, click, controlFor, count, fill, inputValue, replaceText, role, textNow } from './driver';
import { accessibilityViolations, IS_FIREFOX, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let uploads: string;

beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'sva-e2e-uploads-'));
  session = await launchExtension();
});

afterAll(async () => {
  await session.close();
  await rm(uploads, { recursive: true, force: true });
});

interface MenuClick {
  menuItemId: string;
  selectionText?: string;
  frameId: number;
}

/** Calls the background's menu handler as the browser does when the officer clicks the menu item in `page`. */
async function clickMenu(page: Page, info: MenuClick): Promise<void> {
  const url = await page.evaluate(() => location.href);
  await session.evaluateInBackground(
    async (scope, menu: MenuClick, pageUrl: string) => {
      const [tab] = await scope.chrome.tabs.query({ url: pageUrl });
      scope.__svaTest.handleMenuClick({ editable: false, pageUrl, ...menu }, tab);
    },
    info,
    url,
  );
}

const SEARCH_BOX = role('searchbox', 'Search the framework');
const SUGGESTIONS = 'section[aria-labelledby="field-suggestions-heading"]';

/** Ids of the suggestions for the field in hand, in order ([] while there are none). */
const suggestedIds = (panel: Page) =>
  panel.$$eval(`${SUGGESTIONS} [data-indicator]`, (buttons) => buttons.map((b) => b.getAttribute('data-indicator') ?? ''));
/** The first match's indicator id, or null while there is none. */
const firstIndicator = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.getAttribute('data-indicator') ?? null, selector);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id);

async function openPanel(): Promise<Page> {
  const panel = await session.openPanel();
  await panel.setViewport({ width: 360, height: 900 });
  await panel.waitForSelector(SEARCH_BOX);
  return panel;
}

describe('right-click menus', () => {
  it('are added, each for its own context', async () => {
    // update() fails for a menu that does not exist. The menus are made at install, which may still be under way.
    const updated = () =>
      session.evaluateInBackground(
        async (scope, ids: string[]) => Promise.all(ids.map((id) => scope.chrome.contextMenus.update(id, {}).then(() => id, () => `missing ${id}`))),
        ['sva-lookup', 'sva-check', 'sva-insert-here'],
      );
    await expect.poll(updated, { timeout: 10_000 }).toEqual(['sva-lookup', 'sva-check', 'sva-insert-here']);
  });

  it('look up the selected text in the panel', async () => {
    const page = await session.openFixture('portals/label-for.html');
    await clickMenu(page, { menuItemId: 'sva-lookup', selectionText: 'modern slavery', frameId: 0 });
    const panel = await openPanel();
    await expect.poll(() => inputValue(panel, SEARCH_BOX)).toBe('modern slavery');
    await expect.poll(() => firstIndicator(panel, '.results [data-indicator]')).toBe('modern-slavery-statement');
    await panel.close();
    await page.close();
  });

  it('aim the panel at the field right-clicked, with its question read', async () => {
    const page = await session.openFixture('portals/table-row.html');
    await click(page, '#answer');
    await clickMenu(page, { menuItemId: 'sva-insert-here', frameId: 0 });
    const panel = await openPanel();
    await session.bringToFront(page);
    await expect.poll(() => suggestedIds(panel)).toContain('ghg-savings-transport');
    expect(await textNow(panel, SUGGESTIONS)).toContain('Limit for this field: 2,000 characters');
    await panel.close();
    await page.close();
  });
});

describe('address bar', () => {
  it('suggests the top matches with the matched words marked, and opens the framework page at the one chosen', async () => {
    const suggestions = await session.evaluateInBackground(async (scope) => {
      let got: { content: string; description: string }[] = [];
      await scope.__svaTest.onInputChanged('charity spend', (results) => {
        got = results;
      });
      return got;
    });
    expect(suggestions[0]?.content).toBe('vcse-spend');
    if (IS_FIREFOX) {
      // Firefox shows the description as plain text, so the extension sends it unmarked (entrypoints/background/omnibox.ts).
      expect(suggestions.every((s) => !s.description.includes('<'))).toBe(true);
    } else {
      expect(suggestions.some((s) => s.description.includes('<match>'))).toBe(true);
    }
    const opened = await session.waitForNewPage(`${session.extensionOrigin}/framework.html`);
    await session.evaluateInBackground(async (scope) => {
      await scope.__svaTest.onInputEntered('vcse-spend', 'newForegroundTab');
    });
    const page = await opened();
    expect(await page.evaluate(() => location.href)).toMatch(/\/framework\.html#indicator-vcse-spend$/);
    await expect.poll(() => activeId(page)).toBe('indicator-vcse-spend');
    await page.close();
  });
});

async function openFrameworkPage(suffix = ''): Promise<Page> {
  const page = await session.openExtensionPage(`framework.html${suffix}`);
  await page.waitForSelector('h1');
  return page;
}

/** The text of each page of a PDF, read with pdf.js (lines joined with spaces). */
async function pdfPageTexts(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return pages;
}

/** Whether the element takes up room on the page (what "visible" means to a reader). */
const isVisible = (page: Page, selector: string) =>
  page.$eval(selector, (e) => {
    const style = getComputedStyle(e);
    return style.display !== 'none' && style.visibility !== 'hidden' && e.getClientRects().length > 0;
  });

describe('framework page', () => {
  it('shows the whole framework by theme and is accessible', async () => {
    const page = await openFrameworkPage();
    const themes = await allTexts(page, '.fw-theme h2');
    expect(themes.length).toBe(4);
    expect(await count(page, '.fw-indicator')).toBeGreaterThan(60);
    expect(await page.$$eval('h2', (headings) => headings.filter((h) => h.textContent.trim() === 'Guidance').length)).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('searches with the panel’s engine and links to each indicator', async () => {
    const page = await openFrameworkPage('?q=apprentiships');
    await expect.poll(() => firstIndicator(page, '.fw-results a')).toBe('apprenticeship-weeks');
    await fill(page, await controlFor(page, 'Search the framework'), 'modern slavery');
    await expect.poll(() => firstIndicator(page, '.fw-results a')).toBe('modern-slavery-statement');
    await click(page, '.fw-results a');
    await expect.poll(() => activeId(page)).toBe('indicator-modern-slavery-statement');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('prints without controls, each theme on a new page, links written out, every theme in the PDF', async () => {
    const page = await openFrameworkPage('?q=carbon');
    await page.waitForSelector('.fw-results');
    const themeTitles = await allTexts(page, '.fw-theme h2');
    expect(themeTitles).toHaveLength(4);
    if (!IS_FIREFOX) {
      // Chromium can also show print media on screen (over BiDi, puppeteer cannot ask Firefox ESR to).
      await page.emulateMediaType('print');
      expect(await isVisible(page, '.fw-search')).toBe(false);
      expect(await isVisible(page, '.fw-results')).toBe(false);
      await page.emulateMediaType(undefined);
    }
    const pages = await pdfPageTexts(await page.pdf({ format: 'A4' }));
    // Text is compared without spaces: where a heading wraps, the PDF's text runs may split or join words.
    const squash = (text: string) => text.replace(/\s+/g, '');
    // Each theme begins a page of its own: its title leads that page's text, in the framework's order.
    const starts = themeTitles.map((title) => pages.findIndex((text) => squash(text).startsWith(squash(title))));
    expect(starts.every((n) => n > 0)).toBe(true);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(themeTitles.length);
    const all = pages.join(' ');
    // No controls on paper: neither the search box's label nor its results.
    expect(all).not.toContain('Search the framework');
    // Links are written out after their text.
    expect(all).toMatch(/https?:\/\//);
    await page.close();
  });
});

const FORMS = readdirSync(resolve(import.meta.dirname, '../fixtures/portals')).filter((file) => file.endsWith('.html'));

describe('suggested for this field', () => {
  it('suggests for the field in hand on each portal-like form, with its limit', async () => {
    const panel = await openPanel();
    for (const form of FORMS) {
      const page = await session.openFixture(`portals/${form}`);
      const expected = ((await attribute(page, '[data-sva-target]', 'data-expect-indicator')) ?? '').split(' ');
      const limit = await attribute(page, '[data-sva-target]', 'data-expect-limit');
      await click(page, '[data-sva-target]');
      await session.bringToFront(page);
      await expect
        .poll(async () => {
          const ids = await suggestedIds(panel);
          return ids.some((id) => expected.includes(id)) ? 'found' : `${form}: ${ids.join(', ')}`;
        }, { timeout: 15_000 })
        .toBe('found');
      if (limit && limit !== 'none') {
        const [max = '', unit = ''] = limit.split(' ');
        expect(await textNow(panel, SUGGESTIONS)).toContain(`${Number(max).toLocaleString('en-GB')} ${unit}`);
      }
      await page.close();
    }
    expect(await accessibilityViolations(panel)).toEqual([]);
    await panel.close();
  });
});

/** Texts of the page's status messages that report a save. */
const savedStatuses = (page: Page) =>
  page.$$eval('[role="status"]', (regions) => regions.map((r) => r.textContent).filter((t) => t.includes('saved')));

describe('options page', () => {
  it('saves each valid change at once, explains an invalid one, and keeps them after a reload', async () => {
    const options = await session.openOptions();
    const locality = await controlFor(options, 'Locality');
    await fill(options, locality, 'Crewe');
    await expect.poll(async () => (await savedStatuses(options))[0] ?? '').toContain('Locality saved.');
    const weighting = await controlFor(options, 'Default social value weighting (%)');
    // A number box has no selection to type over: replace its value as the officer's select-all and typing would.
    await replaceText(options, weighting, '150');
    await expect.poll(() => options.$eval(weighting, (e) => e.getAttribute('aria-invalid'))).toBe('true');
    expect(await textNow(options, '#setting-weighting-error')).toContain('100% or less');
    await replaceText(options, weighting, '20');
    await expect.poll(() => options.$eval(weighting, (e) => e.getAttribute('aria-invalid'))).toBe(null);
    await options.close();
    // Opened afresh (Firefox's reload over BiDi never reports the navigation done).
    const again = await session.openOptions();
    const localityAgain = await controlFor(again, 'Locality');
    await expect.poll(() => inputValue(again, localityAgain)).toBe('Crewe');
    expect(await inputValue(again, await controlFor(again, 'Default social value weighting (%)'))).toBe('20');
    expect(await accessibilityViolations(again)).toEqual([]);
    await again.close();
  });

  it('shows why a settings file is refused, and changes nothing', async () => {
    const options = await session.openOptions();
    await options.waitForSelector('label');
    const locality = await controlFor(options, 'Locality');
    const before = await inputValue(options, locality);
    const file = JSON.stringify({ format: 'social-value-assistant-settings', version: 1, settings: { organisation: 'X', locality: 'Y', supplierTerm: 'Vendor', defaultStage: 'procurement', defaultWeighting: 10, defaultResponseLimit: { value: 500, unit: 'words' } } });
    const path = join(uploads, 'bad-settings.json');
    await writeFile(path, file);
    const input = await options.waitForSelector(await controlFor(options, 'Import settings (JSON)'));
    await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    await expect.poll(() => textNow(options, '[role="alert"]')).toContain('“bad-settings.json” was not imported, and nothing has changed');
    expect(await textNow(options, '[role="alert"]')).toContain('Supplier term');
    expect(await inputValue(options, locality)).toBe(before);
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();
  });

  it('resets to the original defaults', async () => {
    const options = await session.openOptions();
    await click(options, role('button', 'Reset to the original defaults'));
    const locality = await controlFor(options, 'Locality');
    await expect.poll(() => inputValue(options, locality)).toBe('Cheshire East');
    await options.close();
  });
});
