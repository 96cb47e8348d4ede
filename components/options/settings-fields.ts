/**
 * The options page's settings fields, as plain data: how each is labelled,
 * turned from what the officer typed into a value, and checked (with the
 * settings' own zod schema, so the form and storage never disagree).
 */
import { SUPPLIER_TERMS } from '../../framework/render-wording';
import { SettingsSchema, type Settings } from '../storage/settings';

export const STAGE_NAMES: Record<Settings['defaultStage'], string> = {
  planning: 'Planning (strategic commissioning)',
  procurement: 'Procurement (purchasing)',
  contractManagement: 'Contract management (monitoring)',
};

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

function check<K extends keyof Settings>(key: K, value: unknown): Checked<Settings[K]> {
  const result = SettingsSchema.shape[key].safeParse(value);
  return result.success ? { ok: true, value: result.data as Settings[K] } : { ok: false, error: result.error.issues[0]?.message ?? 'Not valid' };
}

export function checkText(key: 'organisation' | 'locality', raw: string): Checked<string> {
  const value = raw.trim();
  if (!value) return { ok: false, error: key === 'organisation' ? 'Enter your organisation’s name.' : 'Enter the locality.' };
  if (value.length > 200) return { ok: false, error: 'Use 200 characters or fewer.' };
  return check(key, value);
}

/** A whole number from what was typed ("2,000" is 2000); undefined when it is not one. */
function wholeNumber(raw: string): number | undefined {
  const cleaned = raw.replace(/[,\s]/g, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : undefined;
}

export function checkWeighting(raw: string, minimum: number): Checked<number> {
  const cleaned = raw.replace(/[%\s]/g, '');
  const value = /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : undefined;
  if (value === undefined) return { ok: false, error: 'Enter the weighting as a number of per cent, for example 10.' };
  if (value < minimum) return { ok: false, error: `Enter ${String(minimum)}% or more (your organisation’s minimum).` };
  if (value > 100) return { ok: false, error: 'Enter 100% or less.' };
  return check('defaultWeighting', value);
}

export function checkLimit(raw: string, unit: Settings['defaultResponseLimit']['unit']): Checked<Settings['defaultResponseLimit']> {
  const value = wholeNumber(raw);
  if (value === undefined || value < 1) return { ok: false, error: `Enter the limit as a whole number of ${unit}, for example 500.` };
  if (value > 100_000) return { ok: false, error: `Enter 100,000 ${unit} or fewer.` };
  return check('defaultResponseLimit', { value, unit });
}

export function isSupplierTerm(value: string): value is Settings['supplierTerm'] {
  return (SUPPLIER_TERMS as readonly string[]).includes(value);
}

export function isStage(value: string): value is Settings['defaultStage'] {
  return Object.hasOwn(STAGE_NAMES, value);
}
