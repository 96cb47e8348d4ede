/** The filters of a search (themes, Marmot priorities, outcomes, measure types) as one test per indicator. */
import type { IndexedDoc } from './inverted-index';
import type { SearchFilters } from './types';

export function filterFor(options: SearchFilters): (d: IndexedDoc) => boolean {
  const checks: ((d: IndexedDoc) => boolean)[] = [];
  const anyOf = (wanted: readonly string[] | undefined, has: (d: IndexedDoc) => ReadonlySet<string>): void => {
    if (wanted?.length) checks.push((d) => wanted.some((id) => has(d).has(id)));
  };
  anyOf(options.themes, (d) => d.themes);
  anyOf(options.marmotPriorities, (d) => d.marmotPriorities);
  anyOf(options.outcomes, (d) => d.outcomes);
  const measureTypes = options.measureTypes;
  if (measureTypes?.length) checks.push((d) => measureTypes.includes(d.indicator.measureType));
  return (d) => checks.every((check) => check(d));
}
