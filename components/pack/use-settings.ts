import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '../storage/settings';

/** The officer's settings, kept in step with the Options page. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (loaded) => {
        if (live) setSettings(loaded.settings);
      },
      () => undefined,
    );
    const stop = watchSettings((loaded) => {
      setSettings(loaded.settings);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
