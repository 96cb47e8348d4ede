/**
 * The settings in force: the organisation's policy layered over the
 * officer's settings (policy.ts `effectiveSettings`), read together, with
 * which fields the policy fixes. Pages read it when they open (Firefox
 * reports no policy changes) and follow changes to either.
 */
import type { ContractDetails } from '../../framework/pack/schema';
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

/** A pack's own values as settings (blank ones left out, so they fall back). */
function packValues(details: ContractDetails): Partial<Settings> {
  const values: Partial<Settings> = {};
  if (details.organisation?.trim()) values.organisation = details.organisation.trim();
  if (details.locality?.trim()) values.locality = details.locality.trim();
  if (details.weighting !== undefined) values.defaultWeighting = details.weighting;
  if (details.responseLimit !== undefined) values.defaultResponseLimit = details.responseLimit;
  return values;
}

export interface PackDetailsInForce {
  /** The pack's details with what the policy fixes taken out, so the defaults below fill them. */
  details: ContractDetails;
  /** What blank details fall back to: policy, then the pack, then the officer's settings, then the defaults. */
  defaults: Settings;
  /** The pack fields the organisation fixes (shown read-only in the pack's contract form). */
  locked: ReadonlySet<'organisation' | 'locality' | 'weighting'>;
  minimumWeighting: number;
}

/**
 * A pack's contract details with the precedence in force: the policy, then
 * the pack's own values, then the officer's settings, then the defaults. A
 * weighting under the organisation's minimum is raised to it.
 */
export function packDetailsInForce(details: ContractDetails, inForce: Pick<SettingsInForce, 'own' | 'policy'>): PackDetailsInForce {
  const { settings, locked, minimumWeighting } = effectiveSettings(inForce.own, inForce.policy.policy, packValues(details));
  const packLocked = new Set<'organisation' | 'locality' | 'weighting'>();
  if (locked.has('organisation')) packLocked.add('organisation');
  if (locked.has('locality')) packLocked.add('locality');
  if (locked.has('defaultWeighting')) packLocked.add('weighting');
  // The merged defaults already hold the pack's own values under the policy (and the weighting floored), so the
  // fixed fields and the weighting are taken out of the pack's details for the defaults to apply.
  const lockedOut: ContractDetails = {
    ...details,
    organisation: packLocked.has('organisation') ? undefined : details.organisation,
    locality: packLocked.has('locality') ? undefined : details.locality,
    weighting: undefined,
  };
  return { details: lockedOut, defaults: settings, locked: packLocked, minimumWeighting };
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
