import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { defaultFramework, exportFramework } from '../../framework';
import { chooseFile, click, reloadFromInside, role, textNow } from './driver';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let options: Page;
let uploads: string;

function borsetshire(): string {
  const custom = structuredClone(defaultFramework);
  custom.id = 'borsetshire';
  custom.name = 'Borsetshire Social Value Framework';
  custom.publisher = 'Borsetshire County Council';
  custom.indicators = custom.indicators.slice(0, 2);
  return exportFramework(custom);
}

async function importFile(name: string, text: string) {
  const path = join(uploads, name);
  await writeFile(path, text);
  await chooseFile(options, 'Import a framework file (JSON)', path);
}

/** Text of the page's alert, its framework status and the “In use” line. */
const alertText = () => textNow(options, '[role="alert"]');
const inUse = () => options.evaluate(() => [...document.querySelectorAll('p, div, span')].find((e) => e.textContent.startsWith('In use:'))?.textContent ?? '');
const frameworkStatus = () => textNow(options, 'section[aria-labelledby="framework-heading"] [role="status"]');

/** The file the browser saved as `name` in the session's download folder, once complete. */
async function downloaded(name: string): Promise<string> {
  await expect.poll(() => readdir(session.downloadDir), { timeout: 10_000 }).toContain(name);
  // Firefox creates the file before it has written it: wait until its contents stop changing.
  const path = join(session.downloadDir, name);
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = await readFile(path, 'utf8');
        const settled = now !== '' && now === previous;
        previous = now;
        return settled;
      },
      { timeout: 10_000, interval: 200 },
    )
    .toBe(true);
  return previous;
}

beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'sva-e2e-uploads-'));
  session = await launchExtension();
  options = await session.openOptions();
});

afterAll(async () => {
  await session.close();
  await rm(uploads, { recursive: true, force: true });
});

describe('importing and exporting a framework on the options page', () => {
  it('shows the Cheshire East framework in use', async () => {
    await expect.poll(inUse).toContain('Cheshire East Social Value Framework');
  });

  it('refuses a broken file, lists where and what is wrong, and changes nothing', async () => {
    const broken = JSON.parse(borsetshire()) as { indicators: { themes: string[] }[] };
    const second = broken.indicators[1];
    if (!second) throw new Error('the test framework needs two indicators');
    second.themes[0] = 'Enviromental';
    await importFile('broken.json', JSON.stringify(broken));
    await expect.poll(alertText).toContain('“broken.json” was not imported');
    expect(await alertText()).toContain('indicators[1].themes[0]: unknown theme "Enviromental"');
    expect(await inUse()).toContain('Cheshire East Social Value Framework');
    expect(await accessibilityViolations(options)).toEqual([]);

    await importFile('notes.txt', 'not json at all');
    await expect.poll(alertText).toContain('file: is not valid JSON');
  });

  it('imports a valid file, keeps it after a reload, exports it unchanged and goes back to Cheshire East', async () => {
    await importFile('borsetshire.json', borsetshire());
    await expect.poll(frameworkStatus).toContain('Imported “Borsetshire Social Value Framework” (2 indicators)');
    await reloadFromInside(options);
    await expect.poll(inUse).toContain('Borsetshire Social Value Framework');

    await click(options, role('button', 'Export the framework in use'));
    expect(await downloaded('borsetshire.framework.json')).toBe(borsetshire());

    await click(options, role('button', 'Use the Cheshire East framework'));
    await expect.poll(inUse).toContain('Cheshire East Social Value Framework');
  });
});
