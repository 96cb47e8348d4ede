import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { effectiveSettings, featureAllowed, loadPolicy, POLICY_FIELDS, resolvePolicy } from '../../components/storage/policy';
import { loadSettingsInForce, packDetailsInForce, saveOwnSettings } from '../../components/storage/effective-settings';
import { loadStage, saveStage } from '../../components/storage/stage';
import { resolveDetails } from '../../framework/pack/section';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../components/storage/settings';

const schema = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/managed-schema.json'), 'utf8')) as {
  type: string;
  properties: Record<string, unknown>;
};

describe('organisation policy', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('has a managed schema whose top level is an object with exactly the keys the extension reads', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(POLICY_FIELDS).sort());
  });

  it('ignores one bad value and keeps the rest, saying which', () => {
    const loaded = resolvePolicy({ organisation: 'Borough of Crewe', defaultWeighting: 150, disabledFeatures: ['framework-import'], unknown: 1 });
    expect(loaded.policy).toEqual({ organisation: 'Borough of Crewe', disabledFeatures: ['framework-import'] });
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toContain('defaultWeighting');
  });

  it('layers policy over the pack over the officer over the defaults, locking what policy sets', () => {
    const officer = { ...DEFAULT_SETTINGS, locality: 'Nantwich', organisation: 'Officer Org', defaultWeighting: 12 };
    const result = effectiveSettings(officer, { organisation: 'Policy Council', defaultStage: 'planning' }, { locality: 'Pack town', defaultWeighting: 20 });
    expect(result.settings).toEqual({ ...officer, organisation: 'Policy Council', defaultStage: 'planning', locality: 'Pack town', defaultWeighting: 20 });
    expect([...result.locked].sort()).toEqual(['defaultStage', 'organisation']);
    expect(effectiveSettings(officer, {}).settings).toEqual(officer);
    expect(effectiveSettings(officer, {}).locked.size).toBe(0);
  });

  it('raises a weighting below the organisation minimum to it', () => {
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, defaultWeighting: 5 }, { minimumWeighting: 15 }).settings.defaultWeighting).toBe(15);
    expect(effectiveSettings({ ...DEFAULT_SETTINGS, defaultWeighting: 25 }, { minimumWeighting: 15 }).settings.defaultWeighting).toBe(25);
  });

  it('turns features off only when told', () => {
    expect(featureAllowed({}, 'custom-wording')).toBe(true);
    expect(featureAllowed({ disabledFeatures: ['custom-wording'] }, 'custom-wording')).toBe(false);
    expect(featureAllowed({ disabledFeatures: ['custom-wording'] }, 'framework-import')).toBe(true);
  });

  it('reads managed storage, and refuses an officer change to a field policy sets', async () => {
    await fakeBrowser.storage.managed.set({ locality: 'Congleton', minimumWeighting: 10 });
    expect((await loadPolicy()).policy).toEqual({ locality: 'Congleton', minimumWeighting: 10 });
    const inForce = await loadSettingsInForce();
    expect(inForce.settings.locality).toBe('Congleton');
    expect(inForce.locked.has('locality')).toBe(true);
    await expect(saveOwnSettings({ locality: 'Elsewhere' })).rejects.toThrow(/set by your organisation/);
    await expect(saveOwnSettings({ defaultWeighting: 5 })).rejects.toThrow(/minimum weighting is 10%/);
    await saveOwnSettings({ defaultWeighting: 12 });
    expect((await loadSettings()).settings.defaultWeighting).toBe(12);
    expect((await loadSettings()).settings.locality).toBe(DEFAULT_SETTINGS.locality);
  });

  it('is an empty policy when the browser has none to give', async () => {
    await saveSettings({ locality: 'Sandbach' });
    const inForce = await loadSettingsInForce();
    expect(inForce.settings.locality).toBe('Sandbach');
    expect(inForce.locked.size).toBe(0);
  });

  describe('a pack’s contract details', () => {
    const officer = { ...DEFAULT_SETTINGS, locality: 'Nantwich', organisation: 'Officer Org', defaultWeighting: 12 };
    const pack = { organisation: 'Pack Org', locality: 'Pack town', weighting: 20, contractName: 'Grounds maintenance' };
    const resolved = async (details: typeof pack | Record<string, never>, managed: Record<string, unknown>) => {
      await fakeBrowser.storage.managed.set(managed);
      await saveSettings(officer);
      const inForce = packDetailsInForce(details, await loadSettingsInForce());
      return { ...inForce, resolved: resolveDetails(inForce.details, inForce.defaults) };
    };

    it('take the pack’s own values over the officer’s settings', async () => {
      const { resolved: details, locked } = await resolved(pack, {});
      expect(details).toMatchObject({ organisation: 'Pack Org', locality: 'Pack town', weighting: 20, contractName: 'Grounds maintenance' });
      expect(locked.size).toBe(0);
    });

    it('fall back to the officer’s settings where the pack is blank', async () => {
      const { resolved: details } = await resolved({}, {});
      expect(details).toMatchObject({ organisation: 'Officer Org', locality: 'Nantwich', weighting: 12 });
    });

    it('give way to the organisation’s policy, which the form shows as fixed', async () => {
      const { resolved: details, locked } = await resolved(pack, { organisation: 'Policy Council', defaultWeighting: 15 });
      expect(details).toMatchObject({ organisation: 'Policy Council', locality: 'Pack town', weighting: 15 });
      expect([...locked].sort()).toEqual(['organisation', 'weighting']);
    });

    it('raise a pack weighting below the organisation’s minimum to it', async () => {
      const { resolved: details } = await resolved({ ...pack, weighting: 5 }, { minimumWeighting: 10 });
      expect(details.weighting).toBe(10);
    });
  });

  it('starts the stage selector at the policy’s default stage until the officer chooses one', async () => {
    await saveSettings({ defaultStage: 'procurement' });
    await fakeBrowser.storage.managed.set({ defaultStage: 'planning' });
    expect(await loadStage()).toBe('planning');
    await saveStage('contractManagement');
    expect(await loadStage()).toBe('contractManagement');
  });
});
