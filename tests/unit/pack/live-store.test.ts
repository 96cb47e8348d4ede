import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPack, savePacks } from '../../../components/storage/packs';

type LiveStore = typeof import('../../../components/pack/pack-store');

/** A fresh copy of the panel's live pack store, its changes recorded as the contract name each shows. */
async function freshStore(): Promise<{ live: LiveStore; seen: (string | undefined)[] }> {
  vi.resetModules();
  const live = await import('../../../components/pack/pack-store');
  const seen: (string | undefined)[] = [];
  live.subscribePacks(() => seen.push(openPack(live.packSnapshot().store).details.contractName));
  await vi.waitFor(() => {
    expect(live.packSnapshot().loaded).toBe(true);
  });
  return { live, seen };
}

const named = (name: string) => (pack: ReturnType<typeof openPack>) => ({ ...pack, details: { ...pack.details, contractName: name } });

describe('the panel’s live pack store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('never shows an earlier keystroke again when storage reports its write late', async () => {
    const { live, seen } = await freshStore();
    const typed = ['C', 'Ca', 'Car', 'Care', 'Care ', 'Care a', 'Care at', 'Care at home'];
    const writes: Promise<void>[] = [];
    // Keystrokes faster than storage: each is shown before the writes of the earlier ones are reported back.
    for (const name of typed) writes.push(live.updateOpenPack(named(name)));
    await Promise.all(writes);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const lengths = seen.map((name) => name?.length ?? 0);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(openPack(live.packSnapshot().store).details.contractName).toBe('Care at home');
  });

  it('follows a change made elsewhere (another window’s panel)', async () => {
    const { live } = await freshStore();
    await live.updateOpenPack(named('Mine'));
    const store = live.packSnapshot().store;
    await savePacks({ ...store, packs: store.packs.map((p) => named('From the other window')(p)) });
    await vi.waitFor(() => {
      expect(openPack(live.packSnapshot().store).details.contractName).toBe('From the other window');
    });
  });
});
