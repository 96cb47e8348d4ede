/**
 * The officer's packs in storage: validated on every read (storage is a
 * boundary), migrated by version (pack-migrations.ts), unreadable data kept
 * aside rather than lost (kept-aside.ts). There is always at least one pack:
 * a default one holds the contract details when the officer has made none.
 */
import * as z from 'zod';
import { packSchema, type Pack } from '../../framework/pack/schema';
import { packsItem } from './items';
import { readStored, type Validated } from './kept-aside';

export const PackStoreSchema = z
  .object({
    packs: z.array(packSchema).min(1).max(200),
    openId: z.string(),
  })
  .refine((store) => store.packs.some((pack) => pack.id === store.openId), { message: 'the open pack is not in the list' });
export type PackStore = z.infer<typeof PackStoreSchema>;

export const DEFAULT_PACK_ID = 'default';

export function defaultStore(): PackStore {
  return { packs: [{ id: DEFAULT_PACK_ID, name: 'My tender pack', details: {}, items: [] }], openId: DEFAULT_PACK_ID };
}

export function openPack(store: PackStore): Pack {
  // The schema guarantees the open pack is in the list.
  return store.packs.find((pack) => pack.id === store.openId) ?? (store.packs[0] as Pack);
}

export function replacePack(store: PackStore, pack: Pack): PackStore {
  return { ...store, packs: store.packs.map((p) => (p.id === pack.id ? pack : p)) };
}

export function newPackId(): string {
  return `pack-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function loadPacks(): Promise<Validated<PackStore>> {
  return readStored('packs', 'tender packs', await packsItem.getValue(), PackStoreSchema, defaultStore);
}

/** Saves the packs (validated first: an invalid store is refused and nothing is saved). */
export async function savePacks(store: PackStore): Promise<void> {
  await packsItem.setValue(PackStoreSchema.parse(store));
}

/** Applies a change to the open pack and saves it. */
export async function changeOpenPack(change: (pack: Pack) => Pack): Promise<PackStore> {
  const { value } = await loadPacks();
  const next = replacePack(value, change(openPack(value)));
  await savePacks(next);
  return next;
}

export function watchPacks(callback: (store: PackStore) => void): () => void {
  return packsItem.watch((raw) => {
    const parsed = PackStoreSchema.safeParse(raw);
    if (parsed.success) callback(parsed.data);
  });
}
