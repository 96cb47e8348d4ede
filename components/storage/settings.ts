/**
 * The officer's own settings (Options page): the defaults every new pack and
 * every piece of wording starts from. Validated with zod on every read
 * (storage is a boundary); a stored value that fails is never deleted: the
 * defaults are used, the problem is reported, and the raw value stays in
 * storage for export.
 *
 * Precedence, everywhere a value is used: organisation policy, then the
 * pack's own values, then these settings, then DEFAULT_SETTINGS.
 */
import * as z from 'zod';
import { STAGES } from '../../framework';
import { DEFAULT_SUPPLIER_TERM, SUPPLIER_TERMS } from '../../framework/render-wording';
import { settingsItem } from './items';

export const SettingsSchema = z.object({
  /** The council or body buying: "Cheshire East Council". */
  organisation: z.string().max(200),
  /** Where the contract is delivered: fills `{locality}`. */
  locality: z.string().max(200),
  /** What the wording calls the supplier. */
  supplierTerm: z.enum(SUPPLIER_TERMS),
  /** The stage whose wording Insert and Copy use first. */
  defaultStage: z.enum(STAGES),
  /** Overall social value weighting of a tender, in per cent. */
  defaultWeighting: z.number().min(0).max(100),
  /** Response limit for a tender question. */
  defaultResponseLimit: z.object({ value: z.number().int().min(1).max(100_000), unit: z.enum(['words', 'characters']) }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  organisation: 'Cheshire East Council',
  locality: 'Cheshire East',
  supplierTerm: DEFAULT_SUPPLIER_TERM,
  defaultStage: 'procurement',
  defaultWeighting: 10,
  defaultResponseLimit: { value: 500, unit: 'words' },
};

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored settings could not be read (they are kept, not deleted). */
  problem?: string;
}

/** Fields stored partially (an older version, or a hand-edited export) fall back one by one to the defaults. */
const StoredSettingsSchema = SettingsSchema.partial();

export function resolveSettings(stored: unknown): LoadedSettings {
  if (stored === null || stored === undefined) return { settings: DEFAULT_SETTINGS };
  const result = StoredSettingsSchema.safeParse(stored);
  if (!result.success) {
    return { settings: DEFAULT_SETTINGS, problem: 'Your saved settings could not be read, so the defaults are in use. Export them from Options to keep a copy, or save new ones.' };
  }
  // JSON has no undefined, so every key present is a value to keep.
  return { settings: { ...DEFAULT_SETTINGS, ...result.data } };
}

export async function loadSettings(): Promise<LoadedSettings> {
  return resolveSettings(await settingsItem.getValue());
}

/** Saves a change to the settings (validated first: an invalid value is refused and nothing is saved). */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = SettingsSchema.parse({ ...settings, ...change });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((stored) => {
    callback(resolveSettings(stored));
  });
}
