import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, resolveSettings, saveSettings } from '../../components/storage/settings';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the defaults and keeps a change across reads', async () => {
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ locality: 'Crewe', defaultWeighting: 15 });
    expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, locality: 'Crewe', defaultWeighting: 15 });
  });

  it('refuses an invalid change and saves nothing', async () => {
    await expect(saveSettings({ defaultWeighting: 150 })).rejects.toThrow();
    expect((await loadSettings()).settings.defaultWeighting).toBe(10);
  });

  it('fills fields an older or partial copy lacks from the defaults', () => {
    expect(resolveSettings({ locality: 'Macclesfield' })).toEqual({ settings: { ...DEFAULT_SETTINGS, locality: 'Macclesfield' } });
  });

  it('uses the defaults and says so when stored settings are corrupt, keeping them in storage', async () => {
    await fakeBrowser.storage.local.set({ settings: { defaultWeighting: 'lots' } });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.problem).toMatch(/could not be read/);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { defaultWeighting: 'lots' } });
  });
});
