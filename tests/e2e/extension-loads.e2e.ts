import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { textOf } from './driver';
import { accessibilityViolations, BROWSER, EXTENSION_DIR, IS_FIREFOX, launchExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
});

afterAll(async () => {
  await session.close();
});

interface Manifest {
  name: string;
  manifest_version: number;
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  background?: { service_worker?: string; scripts?: string[] };
  options_ui?: { page: string };
  host_permissions?: string[];
}

describe(`the built extension in ${BROWSER}`, () => {
  it(IS_FIREFOX ? 'runs its background script and declares a sidebar' : 'runs its service worker and declares a side panel', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.name).toBe('Social Value Assistant');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.options_ui?.page).toBe('options.html');
    // The e2e build alone may reach the fixture server.
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    if (IS_FIREFOX) {
      expect(session.extensionOrigin).toBe('moz-extension://5a7e0c1e-0000-4000-8000-5ca1ab1e0001');
      expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
      expect(manifest.side_panel).toBeUndefined();
      expect(manifest.background?.scripts).toEqual(['background.js']);
    } else {
      expect(session.extensionOrigin).toMatch(/^chrome-extension:\/\/[a-p]{32}$/);
      expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
      expect(manifest.background?.service_worker).toBe('background.js');
    }
    // The background is running and answers: the panel page sees it through the runtime API.
    const panel = await session.openPanel();
    const background = await panel.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string }; id: string } } }).chrome.runtime;
      return { name: api.getManifest().name, hasId: api.id.length > 0 };
    });
    expect(background).toEqual({ name: 'Social Value Assistant', hasId: true });
    await panel.close();
  });

  it('renders the side panel with no accessibility violations', async () => {
    const panel = await session.openPanel();
    await expect.poll(() => textOf(panel, 'h1')).toContain('Social Value Assistant');
    expect(await accessibilityViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('renders the options page with no accessibility violations', async () => {
    const options = await session.openOptions();
    await expect.poll(() => textOf(options, 'h1')).toContain('options');
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();
  });

  it('serves the demo page the README opens: a tender form with a title, a 2,000-character answer box and rich editors', async () => {
    const demo = await session.openFixture('demo.html');
    expect(new URL(demo.url()).pathname).toBe('/demo.html');
    expect(await textOf(demo, 'h1')).toBe('Tender response: Community transport services (NBC-2026-041)');
    // The rich editors (TinyMCE answer box, Quill specification) are ready once the page says so.
    await demo.waitForFunction(() => (window as Window & { fixtureReady?: boolean }).fixtureReady === true, { timeout: 20_000, polling: 100 });
    const fields = await demo.evaluate(() => {
      const byId = (id: string) => document.getElementById(id);
      return {
        answer: [byId('q1')?.tagName, byId('q1')?.getAttribute('maxlength'), document.querySelector('label[for="q1"]')?.textContent],
        spec: Boolean(byId('spec-editor')?.querySelector('[contenteditable="true"]')),
        richAnswer: Boolean(document.querySelector('iframe')),
      };
    });
    expect(fields).toEqual({
      answer: ['TEXTAREA', '2000', '1.1 Social value question (max 2,000 characters)'],
      spec: true,
      richAnswer: true,
    });
    await demo.close();
  });
});
