/**
 * The settings in force: the organisation's policy layered over the
 * officer's settings (policy.ts `effectiveSettings`), read together, with
 * which fields the policy fixes. Pages read it when they open (Firefox
 * reports no policy changes) and follow changes to either.
 */
import { effectiveSettings, loadPolicy, watchPolicy, type EffectiveSettings, type LoadedPolicy } from './policy';
import { loadSettings, saveSettings, watchSettings, type LoadedSettings, type Settings } from './settings';

export interface SettingsInForce extends EffectiveSettings {
  /** The officer's own values (what the options page edits). */
  own: Settings;
  policy: LoadedPolicy;
  /** Stored settings could not be read (defaults in use). */
  problem?: string;
}

export function combine(loaded: LoadedSettings, policy: LoadedPolicy, pack?: Partial<Settings>): SettingsInForce {
  return { ...effectiveSettings(loaded.settings, policy.policy, pack), own: loaded.settings, policy, problem: loaded.problem };
}

export async function loadSettingsInForce(pack?: Partial<Settings>): Promise<SettingsInForce> {
  const [loaded, policy] = await Promise.all([loadSettings(), loadPolicy()]);
  return combine(loaded, policy, pack);
}

/** Calls back with the settings in force whenever the officer's settings or the policy change. */
export function watchSettingsInForce(callback: (inForce: SettingsInForce) => void): () => void {
  const refresh = () => {
    void loadSettingsInForce().then(callback);
  };
  const stopSettings = watchSettings(refresh);
  const stopPolicy = watchPolicy(refresh);
  return () => {
    stopSettings();
    stopPolicy();
  };
}

export class LockedSettingError extends Error {}

/**
 * Saves an officer's change, refusing one to a field the organisation fixes
 * and a weighting below its minimum (nothing is saved then).
 */
export async function saveOwnSettings(change: Partial<Settings>): Promise<Settings> {
  const { locked, minimumWeighting } = await loadSettingsInForce();
  const lockedKey = (Object.keys(change) as (keyof Settings)[]).find((key) => locked.has(key));
  if (lockedKey) throw new LockedSettingError(`This setting is set by your organisation and cannot be changed here.`);
  if (change.defaultWeighting !== undefined && change.defaultWeighting < minimumWeighting) {
    throw new LockedSettingError(`Your organisation's minimum weighting is ${String(minimumWeighting)}%.`);
  }
  return saveSettings(change);
}
