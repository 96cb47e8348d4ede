import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addIndicator, duplicatePack, moveIndicator, removeIndicator } from '../../../framework/pack/edit';
import { exportKeptAside, loadKeptAside } from '../../../components/storage/kept-aside';
import { changeOpenPack, defaultStore, loadPacks, openPack, savePacks } from '../../../components/storage/packs';
import { loadOwnWording, revertOwnWording, saveOwnWording } from '../../../components/storage/own-wording';
import { loadFavourites, loadRecent, noteRecent, RECENT_LIMIT, toggleFavourite } from '../../../components/storage/saved-lists';
import { loadStage, saveStage } from '../../../components/storage/stage';
import { saveSettings } from '../../../components/storage/settings';

describe('pack storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts with one default pack and keeps changes to it', async () => {
    expect((await loadPacks()).value).toEqual(defaultStore());
    await changeOpenPack((pack) => addIndicator(addIndicator(pack, 'real-living-wage'), 'vcse-spend'));
    await changeOpenPack((pack) => ({ ...pack, details: { contractName: 'Care at home', estimatedValue: 6e6 } }));
    const pack = openPack((await loadPacks()).value);
    expect(pack.items.map((i) => [i.indicatorId, i.weight])).toEqual([['real-living-wage', 50], ['vcse-spend', 50]]);
    expect(pack.details).toEqual({ contractName: 'Care at home', estimatedValue: 6e6 });
  });

  it('reorders, removes and duplicates without touching the original', () => {
    const base = addIndicator(addIndicator(addIndicator(openPack(defaultStore()), 'a'), 'b'), 'c');
    expect(moveIndicator(base, 2, -1).items.map((i) => i.indicatorId)).toEqual(['a', 'c', 'b']);
    expect(moveIndicator(base, 0, -1)).toBe(base);
    expect(removeIndicator(base, 'b').items.map((i) => [i.indicatorId, i.weight])).toEqual([['a', 50], ['c', 50]]);
    const copy = duplicatePack(base, 'copy');
    expect(copy).toMatchObject({ id: 'copy', name: 'Copy of My tender pack' });
    copy.items.forEach((item) => (item.weight = 99));
    expect(base.items.map((item) => item.weight)).toEqual([34, 33, 33]);
  });

  it('keeps unreadable packs aside, tells the officer, and goes on with a fresh store', async () => {
    const corrupt = { packs: [{ id: 'x', name: '', items: 'lots' }], openId: 'x' };
    await fakeBrowser.storage.local.set({ packs: corrupt });
    const loaded = await loadPacks();
    expect(loaded.value).toEqual(defaultStore());
    expect(loaded.problem).toMatch(/could not be read.*copy is kept/);
    expect((await loadKeptAside()).packs?.raw).toEqual(corrupt);
    expect(JSON.parse(await exportKeptAside())).toMatchObject({ packs: { raw: corrupt } });
    // Saving new work later does not lose the copy kept aside.
    await savePacks(defaultStore());
    expect((await loadKeptAside()).packs?.raw).toEqual(corrupt);
  });

  it('refuses to save an invalid store', async () => {
    await expect(savePacks({ packs: [], openId: 'none' })).rejects.toThrow();
  });

  it('keeps favourites and a short recent list, newest first', async () => {
    await toggleFavourite('a');
    await toggleFavourite('b');
    await toggleFavourite('a');
    expect((await loadFavourites()).value).toEqual(['b']);
    for (let i = 0; i < RECENT_LIMIT + 2; i++) await noteRecent(`i${String(i)}`);
    await noteRecent('i5');
    const recent = (await loadRecent()).value;
    expect(recent[0]).toBe('i5');
    expect(recent).toHaveLength(RECENT_LIMIT);
    expect(new Set(recent).size).toBe(RECENT_LIMIT);
  });

  it('keeps own wording beside the framework and reverts it', async () => {
    await saveOwnWording('vcse-spend', 'question', 'Our own question');
    expect((await loadOwnWording()).value).toEqual({ 'vcse-spend': { question: 'Our own question' } });
    await revertOwnWording('vcse-spend', 'question');
    expect((await loadOwnWording()).value).toEqual({});
  });

  it('remembers the stage, starting from the settings default', async () => {
    await saveSettings({ defaultStage: 'planning' });
    expect(await loadStage()).toBe('planning');
    await saveStage('contractManagement');
    expect(await loadStage()).toBe('contractManagement');
    await fakeBrowser.storage.local.set({ stage: 'nonsense' });
    expect(await loadStage()).toBe('planning');
    expect((await loadKeptAside()).stage?.raw).toBe('nonsense');
  });
});
