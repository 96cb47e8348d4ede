/** Changes to a pack, as pure functions: each returns a new pack and leaves the old one as it was. */
import { evenShares } from './weights';
import type { Pack, PackItem } from './schema';

export function hasIndicator(pack: Pack, indicatorId: string): boolean {
  return pack.items.some((item) => item.indicatorId === indicatorId);
}

/** Adds an indicator at the end (once), sharing the weighting evenly again if the shares were even before. */
export function addIndicator(pack: Pack, indicatorId: string): Pack {
  if (hasIndicator(pack, indicatorId)) return pack;
  const items: PackItem[] = [...pack.items, { indicatorId, weight: 0, values: {} }];
  return { ...pack, items: wasEven(pack.items) ? withEvenShares(items) : items };
}

export function removeIndicator(pack: Pack, indicatorId: string): Pack {
  const items = pack.items.filter((item) => item.indicatorId !== indicatorId);
  return { ...pack, items: wasEven(pack.items) ? withEvenShares(items) : items };
}

/** Moves the item at `from` by `by` places (-1 up, +1 down); out of range leaves the pack as it is. */
export function moveIndicator(pack: Pack, from: number, by: number): Pack {
  const to = from + by;
  if (from < 0 || from >= pack.items.length || to < 0 || to >= pack.items.length) return pack;
  const items = [...pack.items];
  const [moved] = items.splice(from, 1);
  if (moved) items.splice(to, 0, moved);
  return { ...pack, items };
}

export function updateItem(pack: Pack, indicatorId: string, change: Partial<PackItem>): Pack {
  return { ...pack, items: pack.items.map((item) => (item.indicatorId === indicatorId ? { ...item, ...change } : item)) };
}

export function shareEvenly(pack: Pack): Pack {
  return { ...pack, items: withEvenShares(pack.items) };
}

function withEvenShares(items: readonly PackItem[]): PackItem[] {
  const shares = evenShares(items.length);
  return items.map((item, index) => ({ ...item, weight: shares[index] ?? 0 }));
}

/** Shares as evenShares would set them (or none yet): safe to redo after adding or removing. */
function wasEven(items: readonly PackItem[]): boolean {
  const even = evenShares(items.length);
  return items.every((item, index) => item.weight === even[index]);
}

export function duplicatePack(pack: Pack, id: string): Pack {
  return { ...structuredClone(pack), id, name: `Copy of ${pack.name}` };
}
