import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { accessibilityViolations, EXTENSION_DIR, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session.close();
});

describe('the built extension in Chromium', () => {
  it('runs its service worker and declares a side panel', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      name: string;
      side_panel?: { default_path: string };
    };
    expect(manifest.name).toBe('Social Value Assistant');
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
  });

  it('renders the side panel with no accessibility violations', async () => {
    const panel = await session.openPanel();
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain('Social Value Assistant');
    expect(await accessibilityViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('renders the options page with no accessibility violations', async () => {
    const options = await session.openOptions();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toContain('options');
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();
  });

  it('serves the demo page the README opens', async () => {
    const demo = await session.openFixture('demo.html');
    await expect.poll(() => demo.getByLabel('Social value question (max 2,000 characters)').getAttribute('maxlength')).toBe('2000');
    await demo.close();
  });
});
