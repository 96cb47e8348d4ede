/**
 * Hostile framework files in the extension's options page, in Chromium and
 * Firefox (whose extension pages have a much smaller stack than Node): a subset of
 * tests/fixtures/hostile-files.ts is refused quickly with the same short
 * message, each new file clears the last one's errors, and stored data
 * that cannot be used leaves the options page and the panel working, kept
 * aside for export, with the reset offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { HOSTILE_FILES, MAX_MESSAGE_LENGTH } from '../fixtures/hostile-files';
import { allTexts, chooseFile, click, count, fill, reloadFromInside, role, textNow } from './driver';
import { launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let options: Page;
let uploads: string;

beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'sva-e2e-uploads-'));
  session = await launchExtension();
  options = await session.openOptions();
});

afterAll(async () => {
  await session.close();
  await rm(uploads, { recursive: true, force: true });
});

/** The options page's Framework section. */
const SECTION = 'section[aria-labelledby="framework-heading"]';
const inUse = () => options.evaluate(() => [...document.querySelectorAll('p, div, span')].find((e) => e.textContent.startsWith('In use:'))?.textContent ?? '');

/** Chooses `text`, saved as `name`, in the options page's file input. */
async function chooseFramework(name: string, text: string): Promise<void> {
  const path = join(uploads, name);
  await writeFile(path, text);
  await chooseFile(options, 'Import a framework file (JSON)', path);
}

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
  await page.evaluate((section) => {
    const clock: { start?: number; end?: number } = {};
    Object.assign(window, { hostileClock: clock });
    // The framework section's own file input and message (the page also imports settings files).
    document.querySelector(`${section} input[type="file"]`)?.addEventListener(
      'change',
      () => {
        clock.start = performance.now();
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (clock.start !== undefined && document.querySelector(`${section} [role="alert"]`)?.textContent.includes('was not imported')) {
        clock.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, SECTION);
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
    const alert = `${SECTION} [role="alert"]`;
    const elapsed = await startPageClock(options);
    await chooseFramework(fileName, file.text());
    // The new file's own message, never the last file's.
    await expect.poll(() => textNow(options, alert), { timeout: 10_000 }).toContain(`“${fileName}” was not imported`);
    const lines = await allTexts(options, `${alert} li`);
    expect(lines[0]).toMatch(file.expect);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    const ms = await elapsed();
    if (process.env.SVA_TIMINGS) console.log(`options page, ${name}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(IN_PAGE_LIMIT_MS);
    expect(await inUse()).toContain('Cheshire East Social Value Framework');
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
    await reloadFromInside(options);
    await expect.poll(() => textNow(options, `${SECTION} [role="alert"]`)).toMatch(/could not be read .*is nested more than 32 levels deep.*kept aside/);
    expect(await inUse()).toContain('Cheshire East Social Value Framework');

    const exportKeptAside = `${SECTION} ${role('button', 'Export the framework kept aside')}`;
    await click(options, exportKeptAside);
    await expect.poll(() => readdir(session.downloadDir), { timeout: 10_000 }).toContain('framework-kept-aside.json');

    const panel = await session.openPanel();
    await expect.poll(() => textNow(panel, '[role="alert"]')).toMatch(/could not be read/);
    await fill(panel, role('searchbox', 'Search the framework'), 'dementia friendly');
    await expect.poll(() => count(panel, '.result-title button')).toBeGreaterThan(0);

    await session.bringToFront(options);
    await click(options, `${SECTION} ${role('button', 'Use the Cheshire East framework')}`);
    await expect.poll(() => count(options, exportKeptAside)).toBe(0);
    await expect.poll(() => count(panel, '[role="alert"]')).toBe(0);
    await panel.close();
  });
});
