/** The settings in force (policy over the officer's own), read when the page opens and followed as they change. */
import { useEffect, useState } from 'react';
import { loadSettingsInForce, watchSettingsInForce, type SettingsInForce } from '../storage/effective-settings';

export function useSettingsInForce(): SettingsInForce | null {
  const [inForce, setInForce] = useState<SettingsInForce | null>(null);
  useEffect(() => {
    let live = true;
    const update = (next: SettingsInForce) => {
      if (live) setInForce(next);
    };
    void loadSettingsInForce().then(update);
    const stop = watchSettingsInForce(update);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return inForce;
}
