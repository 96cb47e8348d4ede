/** What the panel fills wording from (the open pack, the settings in force, the officer's wording in force), kept in step with storage. */
import { useEffect, useState } from 'react';
import { usePackStore } from '../pack/use-pack-store';
import { combine } from '../storage/effective-settings';
import { loadOwnWordingInForce, watchOwnWordingInForce, type OwnWordingInForce } from '../storage/own-wording';
import { NO_POLICY } from '../storage/policy';
import { DEFAULT_SETTINGS } from '../storage/settings';
import { useSettingsInForce } from './use-settings-in-force';
import type { WordingSources } from './prepare-wording';

export interface PanelWordingSources extends WordingSources {
  /** The officer may edit wording (the organisation has not turned it off). */
  editable: boolean;
  /** The policy and wording have been read (until then, neither edit controls nor the "turned off" note show). */
  ownLoaded: boolean;
  /** The name of the open pack, where filled-in values are saved. */
  packName: string;
}

/** The officer's wording in force, followed as it or the policy changes. */
export function useOwnWordingInForce(): OwnWordingInForce & { loaded: boolean } {
  const [inForce, setInForce] = useState<OwnWordingInForce & { loaded: boolean }>({ wording: {}, editable: false, loaded: false });
  useEffect(() => {
    let live = true;
    const update = (next: OwnWordingInForce) => {
      if (live) setInForce({ ...next, loaded: true });
    };
    loadOwnWordingInForce().then(update, () => undefined);
    const stop = watchOwnWordingInForce(update);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return inForce;
}

/** Until the settings are read: the defaults, no policy. */
const NOTHING_SET = combine({ settings: DEFAULT_SETTINGS }, NO_POLICY);

export function useWordingSources(): PanelWordingSources {
  const { pack } = usePackStore();
  const own = useOwnWordingInForce();
  const inForce = useSettingsInForce() ?? NOTHING_SET;
  return { pack, inForce, own: own.wording, editable: own.editable, ownLoaded: own.loaded, packName: pack.name };
}
