/**
 * Site access as the officer gives it and takes it back, in a tab the
 * browser hides the address of (the panel was not opened from it, so no
 * activeTab): Insert says the site cannot be seen and how to fix it, and
 * inserts nothing; once the site is allowed, Insert puts the text in; the
 * options page lists the site, and its Revoke button takes the access away,
 * after which Insert no longer reaches the page.
 *
 * Firefox only: there the harness answers the browser's permission prompt
 * with Allow (LaunchOptions.approvePermissionRequests). Chromium's prompt
 * cannot be answered under automation (tried on Chromium 156: no switch or
 * DevTools method approves `permissions.request`), and Chromium's e2e build
 * reaches its test site through a required permission, which cannot be
 * revoked. The code under test is the same in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { allTexts, click, role, textNow } from './driver';
import { accessibilityViolations, IS_FIREFOX, launchExtension, type ExtensionSession } from './harness';
import { EXPECTED_TEXT, insertFromPanel, openPanelOnIndicator, type FixtureHandle } from './insert-helpers';

let session: ExtensionSession;
let panel: Page;
/** The fixture server under a host name the e2e build has no access to. */
let site: string;

type DemoWindow = Window & { fixtureReady?: boolean; fixtures?: Record<string, { editable: string; getContent(): string }> };

/** Whether the extension holds access to `origin` now, as the browser says. */
const hasAccess = (origin: string) =>
  session.evaluateInBackground(async (scope, pattern: string) => {
    const api = (scope as unknown as { browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).browser;
    return api.permissions.contains({ origins: [pattern] });
  }, `${origin}/*`);

/** Allows the site as the officer's Allow in the browser's prompt would (the request made from a click in an extension page). */
async function allowSite(page: Page, pattern: string): Promise<void> {
  await page.evaluate((p) => {
    const button = document.createElement('button');
    button.id = 'e2e-allow-site';
    button.textContent = 'Allow (test set-up)';
    button.addEventListener('click', () => {
      void (globalThis as unknown as { browser: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }).browser.permissions.request({ origins: [p] });
    });
    document.body.prepend(button);
  }, pattern);
  await click(page, '#e2e-allow-site');
  await page.evaluate(() => document.getElementById('e2e-allow-site')?.remove());
}

const SITE_UNKNOWN = 'Nothing was inserted: Social Value Assistant cannot see which site this tab is on, so it cannot ask for access. While on the page, press the Social Value Assistant toolbar button (or Alt+Shift+S), then press Insert again; or copy the text instead.';

describe.skipIf(!IS_FIREFOX)('site access', () => {
  beforeAll(async () => {
    session = await launchExtension({ approvePermissionRequests: true });
    site = session.origin.replace('127.0.0.1', 'localhost');
    panel = await openPanelOnIndicator(session);
  });

  afterAll(async () => {
    await session.close();
  });

  let fixture: FixtureHandle;

  it('says why it cannot insert on a site it may not see, and changes nothing', async () => {
    expect(await hasAccess('http://localhost')).toBe(false);
    const page = await session.browser.newPage();
    await page.goto(`${site}/demo.html`);
    await page.waitForFunction(() => (window as DemoWindow).fixtureReady === true, { timeout: 20_000, polling: 100 });
    const field = await page.evaluate(() => (window as DemoWindow).fixtures?.q1?.editable ?? '');
    fixture = { page, frame: page, field, content: () => page.evaluate(() => (window as DemoWindow).fixtures?.q1?.getContent() ?? '') };
    await session.bringToFront(page);
    await click(page, field);
    expect(await insertFromPanel(session, panel, fixture, 'question')).toContain(SITE_UNKNOWN);
    expect(await fixture.content()).toBe('');
  });

  it('inserts once the site is allowed', async () => {
    const options = await session.openOptions();
    await allowSite(options, 'http://localhost/*');
    await options.close();
    expect(await hasAccess('http://localhost')).toBe(true);
    await click(fixture.page, fixture.field);
    expect(await insertFromPanel(session, panel, fixture, 'question')).toContain('Inserted');
    await expect.poll(fixture.content).toBe(EXPECTED_TEXT.question);
  });

  it('lists the site on the options page and revokes it, after which Insert no longer reaches the page', async () => {
    const options = await session.openOptions();
    const sites = () => allTexts(options, '.granted-sites li');
    await expect.poll(sites).toContainEqual(expect.stringContaining('localhost'));
    const revoke = await options.evaluate(() => [...document.querySelectorAll('.granted-sites button')].find((b) => b.getAttribute('aria-label')?.includes('localhost'))?.getAttribute('aria-label') ?? '');
    expect(revoke).toMatch(/^Revoke access to .*localhost/);
    expect(await accessibilityViolations(options)).toEqual([]);
    await click(options, role('button', revoke));
    await expect.poll(() => textNow(options, 'section[aria-labelledby="granted-sites-heading"] [role="status"]')).toMatch(/^Access to .*localhost.* removed\.$/);
    await expect.poll(sites).not.toContainEqual(expect.stringContaining('localhost'));
    expect(await hasAccess('http://localhost')).toBe(false);
    await options.close();
    await fixture.page.evaluate(() => { location.reload(); });
    await fixture.page.waitForFunction(() => (window as DemoWindow).fixtureReady === true, { timeout: 20_000, polling: 100 });
    await session.bringToFront(fixture.page);
    await click(fixture.page, fixture.field);
    expect(await insertFromPanel(session, panel, fixture, 'question')).toContain(SITE_UNKNOWN);
    expect(await fixture.content()).toBe('');
  });
});
