/**
 * One live copy of the stored packs for every component of the panel (the
 * Pack view, each result card's "Add to pack"), loaded once and kept in step
 * with storage. Free of React: `usePackStore` (use-pack-store.ts) wraps it.
 */
import type { Pack } from '../../framework/pack/schema';
import { defaultStore, loadPacks, openPack, PackStoreSchema, replacePack, savePacks, watchPacks, type PackStore } from '../storage/packs';

export interface PackState {
  store: PackStore;
  loaded: boolean;
  problem?: string;
}

let state: PackState = { store: defaultStore(), loaded: false };
const listeners = new Set<() => void>();
let started = false;

function set(next: PackState): void {
  state = next;
  for (const listener of listeners) listener();
}

function start(): void {
  if (started) return;
  started = true;
  loadPacks().then(
    ({ value, problem }) => {
      set({ store: value, loaded: true, problem });
    },
    () => {
      set({ ...state, loaded: true, problem: 'Your tender packs could not be read.' });
    },
  );
  watchPacks((store) => {
    // Storage tells of each write in turn, our own included; the echo of an
    // earlier keystroke's write must not replace what has been typed since.
    const echo = ownWrites.indexOf(JSON.stringify(store));
    if (echo !== -1) {
      ownWrites.splice(0, echo + 1);
      return;
    }
    set({ ...state, store });
  });
}

/** What this page has written and not yet heard back from storage, oldest first (capped: a write storage found unchanged is never echoed). */
const ownWrites: string[] = [];
const MAX_OWN_WRITES = 100;

export function subscribePacks(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const packSnapshot = (): PackState => state;

/**
 * Changes the store: shown at once (so a typed character is never lost to a
 * slow write), then saved. Writes go out in order.
 */
export async function updateStore(change: (store: PackStore) => PackStore): Promise<void> {
  const next = PackStoreSchema.parse(change(state.store));
  set({ ...state, store: next });
  ownWrites.push(JSON.stringify(next));
  if (ownWrites.length > MAX_OWN_WRITES) ownWrites.shift();
  await savePacks(next);
}

/** Changes the open pack. */
export function updateOpenPack(change: (pack: Pack) => Pack): Promise<void> {
  return updateStore((store) => replacePack(store, change(openPack(store))));
}
