/**
 * Organisation policy end to end: a real Chromium policy file
 * (/etc/chromium/policies/managed/, read by Debian's Chromium as it starts)
 * for the e2e build's fixed id (its manifest `key`), then the options page
 * shows those values as set by the organisation, read-only. Needs root to
 * write the file; it is removed afterwards, with the folders this test made.
 */
import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync, rmdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, EXTENSION_DIR, launchExtension, type ExtensionSession } from './harness';

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

beforeAll(async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { key?: string };
  if (!manifest.key) throw new Error('The e2e build has no manifest key');
  id = idFromKey(manifest.key);
  for (const dir of ['/etc/chromium/policies', POLICY_DIR]) {
    if (!existsSync(dir)) {
      mkdirSync(dir);
      created.unshift(dir);
    }
  }
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({
      '3rdparty': { extensions: { [id]: { organisation: 'Borough of Testshire', minimumWeighting: 15, disabledFeatures: ['framework-import'] } } },
    }),
  );
  session = await launchExtension();
});

afterAll(async () => {
  await session?.close();
  rmSync(POLICY_FILE, { force: true });
  for (const dir of created) if (readdirSync(dir).length === 0) rmdirSync(dir);
});

describe('organisation policy', () => {
  it('gives the e2e build the id its key fixes', () => {
    expect(session?.extensionId).toBe(id);
  });

  it('shows policy values as set by the organisation, read-only, and holds the minimum weighting', async () => {
    if (!session) throw new Error('no session');
    const options = await session.openOptions();
    const organisation = options.getByLabel('Organisation name');
    await expect.poll(() => organisation.inputValue()).toBe('Borough of Testshire');
    expect(await organisation.getAttribute('readonly')).not.toBeNull();
    expect(await options.locator('#setting-organisation-locked').textContent()).toBe('Set by your organisation');
    expect(await options.getByText('Your organisation’s minimum is 15%.').count()).toBe(1);
    const weighting = options.getByLabel('Default social value weighting (%)');
    await weighting.fill('10');
    await expect.poll(() => options.locator('#setting-weighting-error').textContent()).toContain('15% or more');
    expect(await options.getByLabel('Import a framework file (JSON)').count()).toBe(0);
    expect(await options.getByText('Set by your organisation: importing a framework of your own is turned off.').count()).toBe(1);
    expect(await accessibilityViolations(options)).toEqual([]);
    await options.close();
  });
});
