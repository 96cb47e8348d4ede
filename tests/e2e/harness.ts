/**
 * Launches Debian's Chromium with the end-to-end build of the extension
 * loaded, as ENGINEERING.md describes, and serves the fixture pages.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
// The fixture server is plain JavaScript shared with `npm start`.
import { startFixtureServer } from '../tools/fixture-server.mjs';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output-e2e/chrome-mv3');
export const CHROMIUM = process.env.SVA_BROWSER ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Origin of the fixture pages, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** A second origin for cross-origin iframe fixtures. */
  crossOrigin: string;
  openPanel(): Promise<Page>;
  openOptions(): Promise<Page>;
  openFixture(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A profile directory to use (and keep on close), to restart the browser on the same profile. */
  profile?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No end-to-end build in ${EXTENSION_DIR}: run "npm run build:e2e" first.`);
  }
  const server = await startFixtureServer();
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'sva-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const extensionId = new URL((await extensionWorker(context)).url()).host;

  const openExtensionPage = async (file: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    return page;
  };

  return {
    context,
    extensionId,
    origin: server.origin,
    crossOrigin: server.crossOrigin,
    openPanel: () => openExtensionPage('sidepanel.html'),
    openOptions: () => openExtensionPage('options.html'),
    async openFixture(path) {
      const page = await context.newPage();
      await page.goto(`${server.origin}/${path.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      await server.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker; slow to start on a loaded 2-core machine, so wait generously. */
async function extensionWorker(context: BrowserContext) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    if (Date.now() > deadline) throw new Error('The extension service worker did not start within 90 s');
    await context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined);
  }
}

/** Runs axe-core (WCAG 2.2 A and AA rules) and returns a readable list of violations. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}
