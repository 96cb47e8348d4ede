/** The search engine's public types: what a caller passes and gets back. */
import type { Indicator, MeasureType } from '../schema';
import type { HighlightKey } from './inverted-index';
import type { Range } from './ranges';

export interface SearchFilters {
  /** Theme ids: an indicator must have at least one of them. */
  themes?: readonly string[];
  /** Marmot priority ids: at least one. */
  marmotPriorities?: readonly string[];
  /** Outcome ids: at least one. */
  outcomes?: readonly string[];
  /** Measure types: one of them. */
  measureTypes?: readonly MeasureType[];
}

export interface SearchOptions extends SearchFilters {
  /** Most hits to return (default: all that match). */
  limit?: number;
}

/** What to highlight in one displayed value of a hit. */
export interface SearchMatch {
  key: HighlightKey;
  /** For `subMeasures`, which one. */
  refIndex?: number;
  /** Half-open [start, end) offsets into the verbatim value, sorted and merged (see ranges.ts). */
  ranges: Range[];
}

export interface SearchHit {
  indicator: Indicator;
  /** 0 (perfect) up to, never reaching, 1 (barely): lower is better, as fuse.js scores. */
  score: number;
  /** Ranges in `indicator.text` and `indicator.subMeasures` to highlight. */
  matches: SearchMatch[];
  /**
   * True when the hit matches nothing of the query's meaning, only a stray
   * word of it (some of the words, with little evidence): a nearest topic
   * to show apart from the results, not a result.
   */
  weak: boolean;
}

export interface FrameworkSearch {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Indicators indexed. */
  readonly size: number;
}

export interface CreateSearchOptions {
  /**
   * Most indicators of the best band the shortlist hands to fuse.js for
   * ranking (default 8); the rest follow in order of their evidence.
   */
  shortlistSize?: number;
  /**
   * Only indicators whose evidence is at least this share of the best one's
   * are worth fuse.js's time (default 0.35): one that matched a third as
   * well is not lifted to the top by character-level detail. Together with
   * `shortlistSize` this bounds the work per keystroke. `{ shortlistSize:
   * Infinity, contenderRatio: 0 }` has fuse.js rank every indicator of the
   * best band, as the tests do to show the shortlist costs no quality.
   */
  contenderRatio?: number;
}
