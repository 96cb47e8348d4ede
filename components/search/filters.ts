/**
 * The panel's filters: their state and the option lists derived from a
 * framework (so imported frameworks get their own). Plain TypeScript so it
 * is tested without React.
 */
import type { Framework, MeasureType } from '../../framework/schema';

/** One value per filter; '' means "any". */
export interface Filters {
  theme: string;
  marmotPriority: string;
  outcome: string;
  measureType: string;
}

export const NO_FILTERS: Filters = { theme: '', marmotPriority: '', outcome: '', measureType: '' };

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterOptions {
  themes: FilterOption[];
  marmotPriorities: FilterOption[];
  outcomes: FilterOption[];
  measureTypes: FilterOption[];
}

/** Plain-language names for measure types, in the order they are offered. */
export const MEASURE_TYPE_LABELS: Record<MeasureType, string> = {
  fte: 'People (FTE)',
  number: 'Count',
  percent: 'Percentage',
  gbp: 'Money (£)',
  weeks: 'Weeks',
  hours: 'Hours',
  kg: 'Weight (kg)',
  tco2e: 'Carbon (tonnes CO2e)',
  miles: 'Miles',
  'yes-no': 'Yes or no',
  narrative: 'Description',
};

/** "Fair employment and good work." reads better in a menu without the full stop. */
const withoutFullStop = (text: string) => text.replace(/\.\s*$/, '');

/**
 * Options for each filter, in the framework's order. Outcomes narrow to the
 * chosen theme's; measure types list only those the framework uses.
 */
export function filterOptions(framework: Framework, theme = ''): FilterOptions {
  const usedMeasures = new Set(framework.indicators.map((indicator) => indicator.measureType));
  const themeRow = framework.themes.find((t) => t.id === theme);
  const outcomes = themeRow
    ? themeRow.outcomes.flatMap((id) => framework.outcomes.filter((o) => o.id === id))
    : framework.outcomes;
  return {
    themes: framework.themes.map((t) => ({ value: t.id, label: t.name })),
    marmotPriorities: framework.marmotPriorities.map((m) => ({ value: m.id, label: withoutFullStop(m.name) })),
    outcomes: outcomes.map((o) => ({ value: o.id, label: withoutFullStop(o.text) })),
    measureTypes: (Object.keys(MEASURE_TYPE_LABELS) as MeasureType[])
      .filter((type) => usedMeasures.has(type))
      .map((type) => ({ value: type, label: MEASURE_TYPE_LABELS[type] })),
  };
}

/**
 * Changes one filter. Choosing a theme clears an outcome that does not
 * belong to it, so the two can never contradict each other unseen.
 */
export function setFilter(framework: Framework, filters: Filters, key: keyof Filters, value: string): Filters {
  const next = { ...filters, [key]: value };
  if (key === 'theme' && next.outcome) {
    const stillOffered = filterOptions(framework, value).outcomes.some((o) => o.value === next.outcome);
    if (!stillOffered) next.outcome = '';
  }
  return next;
}

export function activeFilterCount(filters: Filters): number {
  return Object.values(filters).filter((value) => value !== '').length;
}
