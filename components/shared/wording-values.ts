/**
 * The values that fill the placeholders of an indicator's wording in the
 * panel (detail view, result cards), read from and saved to the open tender
 * pack, the same storage the Pack view uses: contract details belong to the
 * pack, a KPI target, a response limit and the question's weighting belong
 * to that indicator in that pack. The precedence is the Pack view's
 * (`packDetailsInForce`): the organisation's policy, then the pack's own
 * values, then the officer's options, then the defaults.
 */
import { addIndicator, hasIndicator, updateItem } from '../../framework/pack/edit';
import type { ContractDetails, Pack, PackItem } from '../../framework/pack/schema';
import { formatNumber, questionWeight } from '../../framework/pack/weights';
import type { PlaceholderValues } from '../../framework/placeholders';
import type { Placeholder } from '../../framework/schema';
import { packDetailsInForce, type SettingsInForce } from '../storage/effective-settings';

/** What the values are layered over: the officer's settings and the organisation's policy. */
export type InForce = Pick<SettingsInForce, 'own' | 'policy'>;

export interface ValueField {
  name: Placeholder;
  label: string;
  hint?: string;
  /** Where it is kept: the pack's contract details, or the indicator's own values in the pack. */
  belongsTo: 'pack' | 'indicator';
  numeric?: boolean;
}

/** Every value an officer can fill, with its label and hint, in the order forms show them. */
export const VALUE_FIELDS: readonly ValueField[] = [
  { name: 'contractName', label: 'Contract name', belongsTo: 'pack' },
  { name: 'contractTerm', label: 'Contract term', hint: 'For example: 3 years', belongsTo: 'pack' },
  { name: 'locality', label: 'Locality', hint: 'Blank: your default locality', belongsTo: 'pack' },
  { name: 'organisation', label: 'Organisation', hint: 'Blank: your default organisation', belongsTo: 'pack' },
  { name: 'weighting', label: 'Social value weighting (%)', hint: 'Blank: your default weighting', belongsTo: 'pack', numeric: true },
  { name: 'questionWeighting', label: 'This question’s weighting (%)', hint: 'Its share of the total score, for example: 2', belongsTo: 'indicator', numeric: true },
  { name: 'target', label: 'KPI target', belongsTo: 'indicator' },
  { name: 'responseLimit', label: 'Response limit (words)', hint: 'Blank: the suggested limit', belongsTo: 'indicator', numeric: true },
];

export function valueField(name: Placeholder): ValueField {
  // VALUE_FIELDS lists every placeholder (a test keeps it so).
  return VALUE_FIELDS.find((field) => field.name === name) as ValueField;
}

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** A number typed as "10", "10%" or "2.5 %"; anything else is not one. */
export function parsePercent(value: string | undefined): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value ?? '');
  const number = match ? Number(match[1]) : NaN;
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : undefined;
}

function itemOf(pack: Pack, indicatorId: string): PackItem | undefined {
  return pack.items.find((item) => item.indicatorId === indicatorId);
}

/** The pack's social value weighting in force (policy minimum and all). */
const overallWeighting = (pack: Pack, inForce: InForce) => packDetailsInForce(pack.details, inForce).defaults.defaultWeighting;

/** What the form fields show for this indicator: the pack's own values only (blank where it has none). */
export function storedValues(pack: Pack, indicatorId: string, inForce: InForce): PlaceholderValues {
  return packValuesWith(pack, indicatorId, overallWeighting(pack, inForce));
}

/** storedValues, given the pack's social value weighting in force. */
function packValuesWith(pack: Pack, indicatorId: string, overall: number): PlaceholderValues {
  const { details } = pack;
  const item = itemOf(pack, indicatorId);
  const limit = item?.values.responseLimit;
  return {
    contractName: details.contractName,
    contractTerm: details.contractTerm,
    locality: details.locality,
    organisation: details.organisation,
    weighting: details.weighting === undefined ? undefined : formatNumber(details.weighting),
    questionWeighting: item ? formatNumber(questionWeight(overall, item.weight)) : undefined,
    target: item?.values.target,
    responseLimit: limit?.unit === 'words' ? String(limit.value) : undefined,
  };
}

/** The values that fill this indicator's wording: policy, then the pack's, then the officer's settings, then the defaults. */
export function wordingValues(pack: Pack, indicatorId: string, inForce: InForce): PlaceholderValues {
  const { details, defaults } = packDetailsInForce(pack.details, inForce);
  const stored = packValuesWith(pack, indicatorId, defaults.defaultWeighting);
  const percent = (value: string | undefined) => (value === undefined ? undefined : `${value}%`);
  return {
    ...stored,
    locality: blank(details.locality) ?? defaults.locality,
    organisation: blank(details.organisation) ?? defaults.organisation,
    weighting: `${formatNumber(defaults.defaultWeighting)}%`,
    questionWeighting: percent(stored.questionWeighting),
  };
}

/** The fields the organisation's policy fixes (shown read-only). */
export function lockedFields(pack: Pack, inForce: InForce): ReadonlySet<Placeholder> {
  return packDetailsInForce(pack.details, inForce).locked;
}

/**
 * The pack with these values saved (only the fields given): contract details
 * on the pack; the indicator's own values on its item, adding the indicator
 * to the pack when it is not there yet. The question's weighting is kept as
 * the indicator's share of the social value weighting. A blank value clears
 * the field; a number that does not parse leaves it as it was.
 */
export function withValues(pack: Pack, indicatorId: string, values: PlaceholderValues, inForce: InForce): Pack {
  const has = (name: Placeholder) => Object.hasOwn(values, name);
  const details: ContractDetails = { ...pack.details };
  for (const name of ['contractName', 'contractTerm', 'locality', 'organisation'] as const) {
    if (has(name)) details[name] = blank(values[name]);
  }
  if (has('weighting')) {
    const weighting = parsePercent(values.weighting);
    if (!blank(values.weighting)) details.weighting = undefined;
    else if (weighting !== undefined) details.weighting = weighting;
  }
  let next: Pack = { ...pack, details };

  const indicatorValues = VALUE_FIELDS.filter((field) => field.belongsTo === 'indicator' && has(field.name));
  const setsSomething = indicatorValues.some((field) => blank(values[field.name]) !== undefined);
  if (indicatorValues.length === 0 || (!hasIndicator(next, indicatorId) && !setsSomething)) return next;
  next = addIndicator(next, indicatorId);
  const item = itemOf(next, indicatorId) as PackItem;
  const change: Partial<PackItem> = { values: { ...item.values } };
  if (has('target')) change.values = { ...change.values, target: blank(values.target) };
  if (has('responseLimit')) {
    const words = Number(blank(values.responseLimit)?.replace(/\s*words?$/i, ''));
    if (!blank(values.responseLimit)) change.values = { ...change.values, responseLimit: undefined };
    else if (Number.isInteger(words) && words >= 1 && words <= 100_000) change.values = { ...change.values, responseLimit: { value: words, unit: 'words' } };
  }
  if (has('questionWeighting')) {
    const weight = parsePercent(values.questionWeighting);
    const overall = overallWeighting(next, inForce);
    if (weight !== undefined && overall > 0) change.weight = Math.min(100, Math.round((weight / overall) * 100 * 100) / 100);
  }
  return updateItem(next, indicatorId, change);
}
