/**
 * Organisation policy end to end, in Chromium: a real Chromium policy file
 * (/etc/chromium/policies/managed/, read by Debian's Chromium as it starts)
 * for the e2e build's fixed id (its manifest `key`), then the options page
 * shows those values as set by the organisation, read-only, and the panel
 * offers no way to edit wording (custom wording turned off). Needs root to
 * write the file; it is removed afterwards, with the folders this test
 * made, however the tests end.
 *
 * Firefox is skipped: it reads policy for every Firefox on the machine from
 * one file (/etc/firefox/policies/policies.json), keyed by the add-on's id,
 * which every checkout's e2e build shares, so writing it would change the
 * Firefox tests of anyone else running them on this machine at the time.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync, rmdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { click, controlFor, count, fill, inputValue, role, textNow } from './driver';
import { accessibilityViolations, EXTENSION_DIR, IS_FIREFOX, launchExtension, type ExtensionSession } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'social-value-assistant-e2e.json');

/** Chromium's id for an extension with this manifest key: sha256 of the key, first 32 hex digits written a–p. */
function idFromKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (digit) => String.fromCharCode(97 + parseInt(digit, 16)));
}

const created: string[] = [];
let session: ExtensionSession | undefined;
let id: string;

function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
  for (const dir of created.splice(0)) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
}

/** Texts of the page's elements with exactly this text (how many such notes it shows). */
const withText = (page: import('puppeteer-core').Page, text: string) =>
  page.$$eval('p, span, div', (elements, t) => elements.filter((e) => e.textContent.trim() === t && e.children.length === 0).length, text);

describe.skipIf(IS_FIREFOX)('organisation policy', () => {
  beforeAll(async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key?: string };
    if (!manifest.key) throw new Error('The e2e build has no manifest key');
    id = idFromKey(manifest.key);
    try {
      for (const dir of ['/etc/chromium/policies', POLICY_DIR]) {
        if (!existsSync(dir)) {
          mkdirSync(dir);
          created.unshift(dir);
        }
      }
      writeFileSync(
        POLICY_FILE,
        JSON.stringify({
          '3rdparty': { extensions: { [id]: { organisation: 'Borough of Testshire', minimumWeighting: 15, disabledFeatures: ['framework-import', 'custom-wording'] } } },
        }),
      );
      session = await launchExtension({ loadAtStartup: true });
    } catch (error) {
      removePolicy();
      throw error;
    }
  });

  afterAll(async () => {
    try {
      await session?.close();
    } finally {
      removePolicy();
    }
  });

  it('gives the e2e build the id its key fixes', () => {
    expect(session?.extensionOrigin).toBe(`chrome-extension://${id}`);
  });

  it('shows policy values as set by the organisation, read-only, and holds the minimum weighting', async () => {
    if (!session) throw new Error('no session');
    const options = await session.openOptions();
    await options.waitForSelector('label');
    const organisation = await controlFor(options, 'Organisation name');
    await expect.poll(() => inputValue(options, organisation)).toBe('Borough of Testshire');
    expect(await options.$eval(organisation, (e) => e.getAttribute('readonly'))).not.toBeNull();
    expect(await textNow(options, '#setting-organisation-locked')).toBe('Set by your organisation');
    expect(await withText(options, 'Your organisation’s minimum is 15%.')).toBe(1);
    const weighting = await controlFor(options, 'Default social value weighting (%)');
    await fill(options, weighting, '10');
    await expect.poll(() => textNow(options, '#setting-weighting-error')).toContain('15% or more');
    expect(await options.evaluate(() => [...document.querySelectorAll('label')].some((l) => l.textContent.trim() === 'Import a framework file (JSON)'))).toBe(false);
    expect(await withText(options, 'Set by your organisation: importing a framework of your own is turned off.')).toBe(1);
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();
  });

  it('offers no edit control in the detail view when the policy turns custom wording off, and says so', async () => {
    if (!session) throw new Error('no session');
    const panel = await session.openPanel();
    await fill(panel, role('searchbox', 'Search the framework'), 'apprenticeships');
    await click(panel, '.result-title button[data-indicator="apprenticeship-weeks"]');
    await panel.waitForSelector('article.detail');
    await expect.poll(() => withText(panel, 'Editing wording is turned off by your organisation')).toBe(1);
    expect(await count(panel, 'button[aria-label^="Edit wording"]')).toBe(0);
    expect(await count(panel, 'button[aria-label^="Revert to the framework"]')).toBe(0);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await panel.close();
  });
});
