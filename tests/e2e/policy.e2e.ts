/**
 * Organisation policy end to end, given to the browser as council IT would
 * give it (tests/e2e/harness.ts `LaunchOptions.policy`): Chromium reads a
 * real policy file in /etc/chromium/policies/managed/ for the e2e build's
 * fixed id (its manifest `key`; writing it needs root), Firefox a
 * policies.json under `3rdparty` → `Extensions` → the add-on's id. The
 * options page shows the policy's values as set by the organisation,
 * read-only; the pack's contract form does too, and the generated section
 * uses them over the pack's own values. With custom wording turned off, the
 * detail view offers no way to edit wording, and says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { click, controlFor, count, fill, inputValue, role, textNow } from './driver';
import { accessibilityViolations, EXTENSION_DIR, idFromKey, IS_FIREFOX, launchExtension, type ExtensionSession } from './harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let session: ExtensionSession;

/** Texts of the page's elements with exactly this text (how many such notes it shows). */
const withText = (page: Page, text: string) =>
  page.$$eval('p, span, div', (elements, t) => elements.filter((e) => e.textContent.trim() === t && e.children.length === 0).length, text);

describe('organisation policy', () => {
  beforeAll(async () => {
    session = await launchExtension({
      policy: { organisation: 'Borough of Testshire', minimumWeighting: 15, disabledFeatures: ['framework-import', 'custom-wording'] },
    });
  });

  afterAll(async () => {
    await session.close();
  });

  it.skipIf(IS_FIREFOX)('gives the Chromium e2e build the id its key fixes, the id the policy file names', () => {
    // Firefox names the add-on by the gecko id in its manifest; Chromium's id comes from the key.
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key: string };
    expect(session.extensionOrigin).toBe(`chrome-extension://${idFromKey(manifest.key)}`);
  });

  it('shows policy values as set by the organisation, read-only, and holds the minimum weighting', async () => {
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

  it('fixes the pack’s organisation and raises its weighting to the minimum, in the pack’s contract form', async () => {
    const panel = await session.openPanel();
    await panel.setViewport({ width: 360, height: 900 });
    await click(panel, role('button', 'Pack'));
    const organisation = await controlFor(panel, 'Organisation');
    await expect.poll(() => inputValue(panel, organisation)).toBe('Borough of Testshire');
    expect(await panel.$eval(organisation, (e) => e.getAttribute('readonly'))).not.toBeNull();
    expect(await panel.$eval(organisation, (e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('Set by your organisation');
    const weighting = await controlFor(panel, 'Social value weighting (%)');
    const weightingHint = () => panel.$eval(weighting, (e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent);
    // The officer's default (10%) is under the organisation's minimum, so a blank pack falls back to 15%.
    await expect.poll(weightingHint).toBe('Blank: 15%');
    await fill(panel, weighting, '5');
    await expect.poll(weightingHint).toBe('Your organisation’s minimum is 15%: the pack uses 15%.');
    // At 5% the panel would advise that PPN 002's minimum is 10%; the pack uses 15%, so it does not.
    expect(await panel.evaluate(() => document.body.textContent.includes('PPN 002'))).toBe(false);
    expect(await accessibilityViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('offers no edit control in the detail view when the policy turns custom wording off, and says so', async () => {
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
