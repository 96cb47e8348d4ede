import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { defaultFramework, exportFramework } from '../../framework';
import { accessibilityViolations, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let options: Page;

function borsetshire(): string {
  const custom = structuredClone(defaultFramework);
  custom.id = 'borsetshire';
  custom.name = 'Borsetshire Social Value Framework';
  custom.publisher = 'Borsetshire County Council';
  custom.indicators = custom.indicators.slice(0, 2);
  return exportFramework(custom);
}

async function importFile(name: string, text: string) {
  await options.getByLabel('Import a framework file (JSON)').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

beforeAll(async () => {
  session = await launchExtension();
  options = await session.openOptions();
});

afterAll(async () => {
  await session.close();
});

describe('importing and exporting a framework on the options page', () => {
  it('shows the Cheshire East framework in use', async () => {
    await expect.poll(() => options.getByText('In use:').textContent()).toContain('Cheshire East Social Value Framework');
  });

  it('refuses a broken file, lists where and what is wrong, and changes nothing', async () => {
    const broken = JSON.parse(borsetshire()) as { indicators: { themes: string[] }[] };
    const second = broken.indicators[1];
    if (!second) throw new Error('the test framework needs two indicators');
    second.themes[0] = 'Enviromental';
    await importFile('broken.json', JSON.stringify(broken));
    const alert = options.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('“broken.json” was not imported');
    expect(await alert.textContent()).toContain('indicators[1].themes[0]: unknown theme "Enviromental"');
    expect(await options.getByText('In use:').textContent()).toContain('Cheshire East Social Value Framework');
    expect(await accessibilityViolations(options)).toEqual([]);

    await importFile('notes.txt', 'not json at all');
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('file: is not valid JSON');
  });

  it('imports a valid file, keeps it after a reload, exports it unchanged and goes back to Cheshire East', async () => {
    await importFile('borsetshire.json', borsetshire());
    await expect.poll(() => options.getByRole('region', { name: 'Framework' }).getByRole('status').textContent()).toContain('Imported “Borsetshire Social Value Framework” (2 indicators)');
    await options.reload();
    await expect.poll(() => options.getByText('In use:').textContent()).toContain('Borsetshire Social Value Framework');

    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export the framework in use' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('borsetshire.framework.json');
    const path = await download.path();
    expect(await readFile(path, 'utf8')).toBe(borsetshire());

    await options.getByRole('button', { name: 'Use the Cheshire East framework' }).click();
    await expect.poll(() => options.getByText('In use:').textContent()).toContain('Cheshire East Social Value Framework');
  });
});
