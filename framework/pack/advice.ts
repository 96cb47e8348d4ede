/**
 * What the panel tells the officer about a pack, never blocking: the
 * weighting below PPN 002's central-government minimum, no environmental
 * indicator, and the Procurement Act 2023 s.52 KPI duty.
 */
import type { Indicator } from '../schema';
import type { ContractDetails, KpiExemption } from './schema';
import { PPN_002_MINIMUM, formatNumber } from './weights';

/** Procurement Act 2023 s.52: public contracts with an estimated value over £5m (including VAT) need at least three KPIs. */
export const S52_THRESHOLD = 5_000_000;
export const S52_MINIMUM_KPIS = 3;

export const EXEMPTION_NAMES: Record<KpiExemption, string> = {
  framework: 'a framework',
  concession: 'a concession contract',
  'light-touch': 'a light-touch contract',
  'private-utility': 'a contract awarded by a private utility',
  'not-assessable': 'a contract whose performance cannot appropriately be assessed by KPIs',
};

export interface Advice {
  id: 'weighting-low' | 'no-environmental' | 's52';
  text: string;
}

export function weightingAdvice(weighting: number): Advice | undefined {
  if (weighting >= PPN_002_MINIMUM) return undefined;
  return {
    id: 'weighting-low',
    text: `The social value weighting is ${formatNumber(weighting)}%. Central government's minimum under PPN 002 is ${String(PPN_002_MINIMUM)}%, which councils often follow. You can still go ahead.`,
  };
}

export function environmentalAdvice(indicators: readonly Indicator[]): Advice | undefined {
  if (indicators.length === 0 || indicators.some((indicator) => indicator.themes.includes('environmental'))) return undefined;
  return {
    id: 'no-environmental',
    text: 'This pack has no environmental indicator. Carbon reduction is a standing priority of the framework and of the council’s carbon neutral ambition: consider adding one.',
  };
}

export interface KpiDuty {
  /** true: over the threshold and not exempt; false: below it or exempt; undefined: no value entered. */
  applies: boolean | undefined;
  /** The duty is met by this pack's KPIs alone. */
  met: boolean;
  text: string;
}

function pounds(value: number): string {
  return `£${value.toLocaleString('en-GB', { maximumFractionDigits: 0 })}`;
}

/** The s.52 rule for this contract: informs, never blocks (the KPIs are for the whole contract, not only social value). */
export function kpiDuty(details: ContractDetails, kpiCount: number): KpiDuty {
  const value = details.estimatedValue;
  if (value === undefined) {
    return { applies: undefined, met: false, text: 'Enter the estimated contract value (including VAT) to check the Procurement Act 2023 s.52 KPI duty.' };
  }
  if (value <= S52_THRESHOLD) {
    return { applies: false, met: false, text: `The estimated value, ${pounds(value)}, is not over £5m, so the Procurement Act 2023 s.52 duty to publish at least three KPIs does not apply.` };
  }
  if (details.kpiExemption) {
    return { applies: false, met: false, text: `The estimated value is over £5m, but as ${EXEMPTION_NAMES[details.kpiExemption]} the contract is exempt from the Procurement Act 2023 s.52 KPI duty.` };
  }
  const met = kpiCount >= S52_MINIMUM_KPIS;
  const count = `This pack has ${String(kpiCount)} social value KPI${kpiCount === 1 ? '' : 's'}`;
  return {
    applies: true,
    met,
    text: `The estimated value, ${pounds(value)}, is over £5m: under the Procurement Act 2023 s.52 the contract needs at least three KPIs, published before it is entered into. ${count}${met ? ', which is enough on its own.' : '; the other KPIs can come from the rest of the contract.'}`,
  };
}
