import { useSyncExternalStore } from 'react';
import { openPack } from '../storage/packs';
import { packSnapshot, subscribePacks, type PackState } from './pack-store';

export function usePackStore(): PackState & { pack: ReturnType<typeof openPack> } {
  const state = useSyncExternalStore(subscribePacks, packSnapshot);
  return { ...state, pack: openPack(state.store) };
}
