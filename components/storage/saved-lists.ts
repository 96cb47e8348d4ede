/**
 * Favourites and recently used indicators: lists of indicator ids, newest
 * first, validated on read. Ids the framework in use does not know are kept
 * (they may come back with another framework) and skipped when shown.
 */
import * as z from 'zod';
import { favouritesItem, recentItem } from './items';
import { readStored, type Validated } from './kept-aside';

const IdListSchema = z.array(z.string().min(1).max(200)).max(500);
export const RECENT_LIMIT = 8;

export async function loadFavourites(): Promise<Validated<string[]>> {
  return readStored('favourites', 'favourites', await favouritesItem.getValue(), IdListSchema, () => []);
}

export async function loadRecent(): Promise<Validated<string[]>> {
  return readStored('recent', 'recently used indicators', await recentItem.getValue(), IdListSchema, () => []);
}

/** Stars or unstars an indicator; returns the new list. */
export async function toggleFavourite(id: string): Promise<string[]> {
  const { value } = await loadFavourites();
  const next = value.includes(id) ? value.filter((f) => f !== id) : [id, ...value];
  await favouritesItem.setValue(next);
  return next;
}

/** Puts an indicator first in the recent list, keeping RECENT_LIMIT. */
export async function noteRecent(id: string): Promise<string[]> {
  const { value } = await loadRecent();
  const next = [id, ...value.filter((r) => r !== id)].slice(0, RECENT_LIMIT);
  await recentItem.setValue(next);
  return next;
}

function watchList(item: typeof favouritesItem, callback: (ids: string[]) => void): () => void {
  return item.watch((raw) => {
    const parsed = IdListSchema.safeParse(raw ?? []);
    if (parsed.success) callback(parsed.data);
  });
}

export const watchFavourites = (callback: (ids: string[]) => void) => watchList(favouritesItem, callback);
export const watchRecent = (callback: (ids: string[]) => void) => watchList(recentItem, callback);
