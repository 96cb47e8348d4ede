import { useEffect, useState } from 'react';
import { loadFavourites, loadRecent, watchFavourites, watchRecent } from '../storage/saved-lists';
import type { Validated } from '../storage/kept-aside';

function useList(load: () => Promise<Validated<string[]>>, watch: (cb: (ids: string[]) => void) => () => void): string[] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    load().then(({ value }) => { if (live) setIds(value); }, () => undefined);
    const stop = watch(setIds);
    return () => {
      live = false;
      stop();
    };
  }, [load, watch]);
  return ids;
}

export const useFavourites = () => useList(loadFavourites, watchFavourites);
export const useRecent = () => useList(loadRecent, watchRecent);
