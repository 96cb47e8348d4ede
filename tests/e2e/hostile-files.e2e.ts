/**
 * Hostile framework files in the extension's options page, in Chromium
 * (whose extension pages have a much smaller stack than Node): a subset of
 * tests/fixtures/hostile-files.ts is refused quickly with the same short
 * message, each new file clears the last one's errors, and stored data
 * that cannot be used leaves the options page and the panel working, kept
 * aside for export, with the reset offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HOSTILE_FILES, MAX_MESSAGE_LENGTH } from '../fixtures/hostile-files';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  session = await launchExtension();
  options = await session.openOptions();
});

afterAll(async () => {
  await session.close();
});

const SUBSET = [
  'a list nested 100,000 deep',
  'objects nested 50,000 deep',
  '2,500 empty indicator stubs (just under the limit on objects)',
  '20,000 references to one theme that does not exist',
  '2,000 Marmot priorities and 15,000 near-miss references to them',
  '50,000 unknown fields on one object',
  'a field name a million characters long',
  'a name of only zero-width characters',
  'a framework name reversed by a bidi override',
  'half a character (a lone surrogate) in a wording',
  'a syntax error 200 KB into the file',
  'an oversize file (6 MB)',
];

/** In the page, from the file chooser's change to the message shown: reading, checking and showing. Well under a second, with room for a loaded machine. */
const IN_PAGE_LIMIT_MS = 1_000;

/** Starts a clock in the options page at the file input's change event and stops it when the refusal is shown. */
async function startPageClock(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const clock: { start?: number; end?: number } = {};
    Object.assign(window, { hostileClock: clock });
    document.querySelector('input[type="file"]')?.addEventListener(
      'change',
      () => {
        clock.start = performance.now();
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (clock.start !== undefined && document.querySelector('[role="alert"]')?.textContent.includes('was not imported')) {
        clock.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () =>
    page.evaluate(() => {
      const { start, end } = (window as unknown as { hostileClock: { start?: number; end?: number } }).hostileClock;
      return start !== undefined && end !== undefined ? end - start : Number.NaN;
    });
}

describe('hostile framework files on the options page', () => {
  it.each(SUBSET)('%s', async (name) => {
    const file = HOSTILE_FILES.find((candidate) => candidate.name === name);
    if (!file) throw new Error(`no hostile file named ${name}`);
    const fileName = `${name.replace(/\W+/g, '-')}.json`;
    const alert = options.getByRole('region', { name: 'Framework' }).getByRole('alert');
    const elapsed = await startPageClock(options);
    await options.getByLabel('Import a framework file (JSON)').setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(file.text()) });
    // The new file's own message, never the last file's.
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain(`“${fileName}” was not imported`);
    const lines = await alert.locator('li').allTextContents();
    expect(lines[0]).toMatch(file.expect);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    const ms = await elapsed();
    if (process.env.SVA_TIMINGS) console.log(`options page, ${name}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(IN_PAGE_LIMIT_MS);
    expect(await options.getByText('In use:').textContent()).toContain('Cheshire East Social Value Framework');
  });
});

describe('stored data that cannot be used', () => {
  it('leaves the options page and the panel working, keeps the data aside for export, and offers the reset', async () => {
    await options.evaluate(async () => {
      let deep: unknown = 'bottom';
      for (let i = 0; i < 60; i++) deep = [deep];
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } };
      await chrome.storage.local.set({ customFramework: { schemaVersion: 1, id: 'stored', name: '\u200B\u200D', publisher: deep } });
    });
    await options.reload();
    const section = options.getByRole('region', { name: 'Framework' });
    await expect.poll(() => section.getByRole('alert').first().textContent()).toMatch(/could not be read .*is nested more than 32 levels deep.*kept aside/);
    expect(await options.getByText('In use:').textContent()).toContain('Cheshire East Social Value Framework');

    const download = options.waitForEvent('download');
    await section.getByRole('button', { name: 'Export the framework kept aside' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('framework-kept-aside.json');

    const panel = await session.openPanel();
    await expect.poll(() => panel.getByRole('alert').first().textContent()).toMatch(/could not be read/);
    await panel.getByRole('searchbox', { name: 'Search the framework' }).fill('dementia friendly');
    await expect.poll(() => panel.locator('.result-title button').count()).toBeGreaterThan(0);

    await section.getByRole('button', { name: 'Use the Cheshire East framework' }).click();
    await expect.poll(() => section.getByRole('button', { name: 'Export the framework kept aside' }).count()).toBe(0);
    await expect.poll(() => panel.getByRole('alert').count()).toBe(0);
    await panel.close();
  });
});
