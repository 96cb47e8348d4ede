/**
 * The panel's view of the search engine: the hits to show (with highlight
 * ranges on the wording the card displays), the filters applied, browsing
 * by filter alone, and close-match suggestions when nothing is found.
 */
import { createSearch, type Range } from '../../framework/search';
import { MEASURE_TYPES, type Framework, type Indicator, type MeasureType } from '../../framework/schema';
import type { Filters } from './filters';
import { frameworkWords, suggest, type Suggestion } from './suggest';

export interface PanelHit {
  indicator: Indicator;
  /** [start, end) ranges in `indicator.text` to highlight. */
  ranges: Range[];
  /** Matches nothing of the query's meaning: a nearest topic, not a result (see SearchHit). */
  weak: boolean;
}

export interface PanelSearch {
  run(query: string, filters: Filters): PanelHit[];
  suggest(query: string, filters: Filters): Suggestion[];
}

function measureType(value: string): MeasureType[] | undefined {
  const known = MEASURE_TYPES.find((type) => type === value);
  return known ? [known] : undefined;
}

export function createPanelSearch(framework: Framework): PanelSearch {
  const engine = createSearch(framework);
  let vocabulary: string[] | undefined;

  const run = (query: string, filters: Filters): PanelHit[] => {
    // With no words the engine lists what passes the filters, in framework order.
    return engine
      .search(query, {
        themes: filters.theme ? [filters.theme] : undefined,
        marmotPriorities: filters.marmotPriority ? [filters.marmotPriority] : undefined,
        outcomes: filters.outcome ? [filters.outcome] : undefined,
        measureTypes: measureType(filters.measureType),
      })
      .map((hit) => ({
        indicator: hit.indicator,
        weak: hit.weak,
        ranges: hit.matches
          .filter((match) => match.key === 'text')
          .flatMap((match) => match.ranges),
      }));
  };

  return {
    run,
    suggest(query, filters) {
      vocabulary ??= frameworkWords(framework);
      return suggest(query, filters, vocabulary, (q, f) => run(q, f).filter((hit) => !hit.weak).length);
    },
  };
}
